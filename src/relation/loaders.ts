import type DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { AllianceRecord } from '../alliance/records';
import { cypher, type CypherStatement } from '../db/cypher';
import type { Database } from '../db/database';
import { toPlainObject } from '../db/mapping';
import { toNeo4jDate, type IsoDate } from '../dates';
import type { RelationshipType } from '../shared/labels';
import { toEntityRecord } from '../entity/repository';
import type { StateRecord } from '../state/records';
import { encodeCursor, relationScope } from '../shared/cursor';
import { groupedLoader, type GroupedKey } from './grouped-loader';
import type { RelationEdge, RelationshipProps } from './records';

const OUTGOING = cypher('relation/outgoing');
const INCOMING = cypher('relation/incoming');
const PLEDGES = cypher('treaty/pledges');
const ORGANS = cypher('alliance/organs');

/** Paginated relation lists, and which way each relationship points from the parent. */
export const PAGED_RELATIONS = {
  members: { statement: cypher('relation/members'), type: 'MEMBER_OF', direction: 'in' },
  memberships: { statement: cypher('relation/memberships'), type: 'MEMBER_OF', direction: 'out' },
  parties: { statement: cypher('relation/parties'), type: 'PARTY_TO', direction: 'in' },
  stateTreaties: { statement: cypher('relation/state-treaties'), type: 'PARTY_TO', direction: 'out' },
  participants: { statement: cypher('relation/participants'), type: 'PARTICIPATED_IN', direction: 'in' },
} as const;
export type PagedRelation = keyof typeof PAGED_RELATIONS;

/** The paged loader of a relation: the one with its type and direction. */
export function pagedRelationOf(spec: { type: string; direction: 'out' | 'in' }): PagedRelation {
  const found = Object.entries(PAGED_RELATIONS).find(([, r]) => r.type === spec.type && r.direction === spec.direction);
  if (!found) throw new Error(`No paged loader for ${spec.type} ${spec.direction}`);
  return found[0] as PagedRelation;
}

export interface PageParams {
  asOf: IsoDate | null;
  role: string | null;
  side: string | null;
  cursorKey: string | null;
  cursorId: string | null;
  /** Rows to fetch: the page size plus one, which only tells whether there is a next page. */
  limit: number;
  /** Whether totalCount was asked for: counting a long relation costs more than its page. */
  withCount: boolean;
}

export interface RelationPage {
  totalCount: number;
  edges: RelationEdge[];
}

export interface AdjacencyParams {
  type: RelationshipType;
  direction: 'out' | 'in';
  asOf: IsoDate | null;
}

export interface PledgeRecord {
  rel: RelationshipProps;
  pledger: StateRecord;
  protected: StateRecord;
}

export type Loader<P, V> = DataLoader<GroupedKey<P>, V, string>;

const asOfParam = (asOf: IsoDate | null): unknown => (asOf ? toNeo4jDate(asOf) : null);

function toEdge(parentId: string, row: Record<string, unknown>, type: RelationshipType, direction: 'out' | 'in'): RelationEdge {
  const rel = toPlainObject(row.rel) as unknown as RelationshipProps;
  const key = typeof row.key === 'string' ? row.key : '';
  const cursor = encodeCursor(relationScope(type, direction), { key, id: rel.id });
  return { cursor, parentId, direction, node: toEntityRecord(row.node), rel };
}

function pagedLoader(
  db: Database,
  statement: CypherStatement,
  type: RelationshipType,
  direction: 'out' | 'in',
): Loader<PageParams, RelationPage> {
  return groupedLoader<PageParams, RelationPage>(
    async (ids, p) => {
      const result = await db.read(statement, { ids, ...p, asOf: asOfParam(p.asOf), limit: neo4j.int(p.limit) });
      return new Map(
        result.records.map((record) => {
          const parentId = record.get('parentId') as string;
          const page = (record.get('page') as Record<string, unknown>[]).map((row) => toEdge(parentId, row, type, direction));
          return [parentId, { totalCount: Number(record.get('totalCount')), edges: page }];
        }),
      );
    },
    () => ({ totalCount: 0, edges: [] }),
  );
}

export function createRelationLoaders(db: Database) {
  const paged = Object.fromEntries(
    Object.entries(PAGED_RELATIONS).map(([name, { statement, type, direction }]) => [
      name,
      pagedLoader(db, statement, type, direction),
    ]),
  ) as Record<PagedRelation, Loader<PageParams, RelationPage>>;

  const adjacency = groupedLoader<AdjacencyParams, RelationEdge[]>(
    async (ids, p) => {
      const statement = p.direction === 'out' ? OUTGOING : INCOMING;
      const result = await db.read(statement, { ids, type: p.type, asOf: asOfParam(p.asOf) });
      return new Map(
        result.records.map((record) => {
          const parentId = record.get('parentId') as string;
          return [
            parentId,
            (record.get('rows') as Record<string, unknown>[]).map((row) => toEdge(parentId, row, p.type, p.direction)),
          ];
        }),
      );
    },
    () => [],
  );

  const pledges = groupedLoader<{ asOf: IsoDate | null }, PledgeRecord[]>(
    async (ids, p) => {
      const result = await db.read(PLEDGES, { ids, asOf: asOfParam(p.asOf) });
      return new Map(
        result.records.map((record) => [
          record.get('parentId') as string,
          (record.get('rows') as Record<string, unknown>[]).map((row) => ({
            rel: toPlainObject(row.rel) as unknown as RelationshipProps,
            pledger: toEntityRecord(row.pledger) as StateRecord,
            protected: toEntityRecord(row.protected) as StateRecord,
          })),
        ]),
      );
    },
    () => [],
  );

  const organs = groupedLoader<null, AllianceRecord[]>(
    async (ids) => {
      const result = await db.read(ORGANS, { ids });
      return new Map(
        result.records.map((record) => [
          record.get('parentId') as string,
          (record.get('rows') as unknown[]).map((row) => toEntityRecord(row) as AllianceRecord),
        ]),
      );
    },
    () => [],
  );

  return { paged, adjacency, pledges, organs };
}

export type RelationLoaders = ReturnType<typeof createRelationLoaders>;
