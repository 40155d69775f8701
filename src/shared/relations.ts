import type { EntityLabel, RelationshipType } from './labels';

/**
 * How a relation field is answered:
 * - `page`: a Relay connection, ordered by the other end's name, with keyset cursors;
 * - `edges`: every relationship, as edge objects (dates, sources) with the other end;
 * - `nodes`: the entities at the other end;
 * - `first`: the first of those entities, or null.
 */
export type RelationKind = 'page' | 'edges' | 'nodes' | 'first';

export type RelationFilter = 'asOf' | 'role' | 'founding' | 'side' | 'seat' | 'coalition';

export interface RelationSpec {
  /** The GraphQL type that has the field (the parent's label). */
  owner: EntityLabel;
  field: string;
  kind: RelationKind;
  type: RelationshipType;
  /** Whether the relationship points away from the parent (out) or at it (in). */
  direction: 'out' | 'in';
  /** The label of the entity at the other end; null when any entity may be there. */
  target: EntityLabel | null;
  filters: readonly RelationFilter[];
  /** Pages only: the page size when `first` is not given. */
  defaultFirst?: number;
  /** Edge fields that answer the entity at the other end; the edge's other fields are the relationship's. */
  nodeFields: readonly string[];
}

const page = (
  owner: EntityLabel,
  field: string,
  type: RelationshipType,
  direction: 'out' | 'in',
  target: EntityLabel | null,
  filters: readonly RelationFilter[],
  nodeFields: readonly string[],
): RelationSpec => ({ owner, field, kind: 'page', type, direction, target, filters, defaultFirst: 50, nodeFields });

const adjacent = (
  owner: EntityLabel,
  field: string,
  kind: Exclude<RelationKind, 'page'>,
  type: RelationshipType,
  direction: 'out' | 'in',
  target: EntityLabel | null,
  filters: readonly RelationFilter[] = [],
  nodeFields: readonly string[] = [],
): RelationSpec => ({ owner, field, kind, type, direction, target, filters, nodeFields });

const SUCCESSION_NODE = { in: ['predecessor'], out: ['successor'] } as const;

/**
 * Every relation field of the schema, in one table: the resolvers, the loaders and the read
 * planner all read it, so a relation's type, direction, filters and order are written once.
 */
export const RELATIONS: readonly RelationSpec[] = [
  page('Alliance', 'members', 'MEMBER_OF', 'in', 'State', ['asOf', 'role', 'founding', 'seat'], ['node', 'state']),
  page('State', 'memberships', 'MEMBER_OF', 'out', 'Alliance', ['asOf', 'role', 'founding', 'seat'], ['node', 'alliance']),
  page('Treaty', 'parties', 'PARTY_TO', 'in', 'State', ['asOf'], ['node', 'state']),
  page('State', 'treaties', 'PARTY_TO', 'out', 'Treaty', ['asOf'], ['node', 'treaty']),
  page('Conflict', 'participants', 'PARTICIPATED_IN', 'in', null, ['asOf', 'side', 'coalition'], ['node']),
  adjacent('Alliance', 'establishedBy', 'nodes', 'ESTABLISHES', 'in', 'Treaty'),
  adjacent('Treaty', 'establishes', 'nodes', 'ESTABLISHES', 'out', 'Alliance'),
  adjacent('Treaty', 'authorized', 'nodes', 'AUTHORIZED', 'out', 'Operation'),
  adjacent('Operation', 'authorizedBy', 'nodes', 'AUTHORIZED', 'in', 'Treaty'),
  adjacent('Conflict', 'operations', 'nodes', 'PART_OF', 'in', 'Operation'),
  adjacent('Conflict', 'partOf', 'nodes', 'PART_OF', 'out', 'Conflict'),
  adjacent('Conflict', 'parts', 'nodes', 'PART_OF', 'in', 'Conflict'),
  adjacent('Operation', 'partOf', 'nodes', 'PART_OF', 'out', 'Conflict'),
  adjacent('Operation', 'conflict', 'first', 'PART_OF', 'out', 'Conflict'),
  adjacent('State', 'participations', 'edges', 'PARTICIPATED_IN', 'out', null, ['asOf'], ['conflict']),
  adjacent('Alliance', 'participations', 'edges', 'PARTICIPATED_IN', 'out', null, ['asOf'], ['conflict']),
  adjacent('Operation', 'conductedBy', 'edges', 'CONDUCTED', 'in', null, ['asOf'], ['actor']),
  adjacent('State', 'predecessors', 'edges', 'SUCCEEDED_BY', 'in', null, [], SUCCESSION_NODE.in),
  adjacent('State', 'successors', 'edges', 'SUCCEEDED_BY', 'out', null, [], SUCCESSION_NODE.out),
  adjacent('Alliance', 'predecessors', 'edges', 'SUCCEEDED_BY', 'in', null, [], SUCCESSION_NODE.in),
  adjacent('Alliance', 'successors', 'edges', 'SUCCEEDED_BY', 'out', null, [], SUCCESSION_NODE.out),
];

/**
 * The deprecated role FOUNDING asks for founders: since founding became a flag on a MEMBER period,
 * `role: FOUNDING` means `founding: true` with any role, as the loaders and the planner both read it.
 */
export function membershipFilter(
  role: string | null,
  founding: boolean | null,
): { role: string | null; founding: boolean | null } {
  return role === 'FOUNDING' ? { role: null, founding: true } : { role, founding };
}

const BY_FIELD = new Map(RELATIONS.map((spec) => [`${spec.owner}.${spec.field}`, spec]));

/** The relation behind `Type.field`, or undefined for a field that is not a relation of the table. */
export const relationOf = (owner: string, field: string): RelationSpec | undefined => BY_FIELD.get(`${owner}.${field}`);

export function relationSpec(owner: EntityLabel, field: string): RelationSpec {
  const spec = relationOf(owner, field);
  if (!spec) throw new Error(`${owner}.${field} is not in the relation table`);
  return spec;
}
