import neo4j from 'neo4j-driver';
import { cypher, type CypherStatement } from '../db/cypher';
import type { Database } from '../db/database';
import { toNeo4jDate, type IsoDate } from '../dates';
import { checkPageSize, DEFAULT_LIST_PAGE, toConnection, type Connection } from '../shared/paging';
import { badUserInput } from '../shared/error-codes';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import type { AnyEntity } from './any';
import { ENTITY_LABELS, type EntityLabel } from '../shared/labels';
import { toEntityRecord } from './repository';

const LIST = cypher('entity/list');
const FIRST_PAGE = cypher('entity/list-first-page');
const DYNAMIC_MATCH = 'MATCH (n:$($label))';
for (const statement of [LIST, FIRST_PAGE])
  if (!statement.text.includes(DYNAMIC_MATCH))
    throw new Error(`cypher/${statement.name}.cypher must match its nodes with ${DYNAMIC_MATCH}`);

/**
 * A list statement with its label written in. Neo4j plans `MATCH (n:$($label))` without the
 * label's lookup index: a page of alliances scanned every node (PROFILE: 15,808 database hits against
 * 1,409 with the label printed, and nearly twice the requests a second in a driver loop). The label comes from the
 * closed set of entity labels, never from a user; `$label` stays a parameter for the rest.
 */
const byLabel = (statement: CypherStatement) =>
  new Map<EntityLabel, CypherStatement>(
    ENTITY_LABELS.map((label) => [label, { ...statement, text: statement.text.replaceAll(DYNAMIC_MATCH, `MATCH (n:${label})`) }]),
  );
const LIST_BY_LABEL = byLabel(LIST);
const FIRST_PAGE_BY_LABEL = byLabel(FIRST_PAGE);

/**
 * The statement for a list request: the first page in ascending order with no filter (what a list
 * opens with, and most requests) is ordered and cut without collecting every node; any filter,
 * cursor or the descending order takes the full statement. Both answer in the same shape.
 */
export function listStatementOf(label: EntityLabel, query: ListQuery): CypherStatement {
  const p = query.params;
  const opening = !p.descending && p.cursorId === null && FILTER_KEYS.every((key) => p[key] === null);
  return (opening ? FIRST_PAGE_BY_LABEL : LIST_BY_LABEL).get(label) as CypherStatement;
}

/** Every filter any list takes; each list's GraphQL input uses the ones that apply to it. */
export interface ListFilter {
  nameContains?: string | null;
  kind?: string | null;
  region?: string | null;
  unStatus?: string | null;
  obligation?: string | null;
  validAt?: IsoDate | null;
  memberOf?: string | null;
  memberAsOf?: IsoDate | null;
  hasMember?: string | null;
  hasParty?: string | null;
  participant?: string | null;
  conductedBy?: string | null;
  conflict?: string | null;
}

export interface ListArgs {
  filter?: ListFilter | null;
  orderBy?: { field?: 'NAME' | 'ID' | 'DATE' | null; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const FILTER_KEYS: (keyof ListFilter)[] = [
  'nameContains',
  'kind',
  'region',
  'unStatus',
  'obligation',
  'validAt',
  'memberOf',
  'memberAsOf',
  'hasMember',
  'hasParty',
  'participant',
  'conductedBy',
  'conflict',
];

/** A list request, checked and turned into the list statement's parameters. */
export interface ListQuery {
  params: Record<string, unknown>;
  size: number;
  backward: boolean;
  /** Cursors are only valid in the list and order they were made in. */
  scope: string;
  hadCursor: boolean;
}

/** Checks a list's arguments (throwing the error that names the bad one) and makes its parameters. */
export function listQuery(label: EntityLabel, args: ListArgs): ListQuery {
  if (args.first != null && args.last != null) throw badUserInput('Give first or last, not both', 'last');
  if (args.after != null && args.before != null) throw badUserInput('Give after or before, not both', 'before');
  // A page is the first after a cursor or the last before one: a mix would drop one argument unsaid.
  if (args.first != null && args.before != null) throw badUserInput('Give first with after, or last with before', 'before');
  if (args.last != null && args.after != null) throw badUserInput('Give first with after, or last with before', 'after');
  const backward = args.last != null || args.before != null;
  const size = backward
    ? checkPageSize(args.last, 'last', DEFAULT_LIST_PAGE)
    : checkPageSize(args.first, 'first', DEFAULT_LIST_PAGE);
  const orderBy = { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' };
  // Not the direction: a row's place is the same read either way, and backward walks rely on it.
  const scope = `${label}:${orderBy.field}`;
  const cursor = decodeCursor(backward ? args.before : args.after, backward ? 'before' : 'after', scope);

  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) filter[key] = args.filter?.[key] ?? null;
  for (const key of ['validAt', 'memberAsOf'] as const) if (filter[key]) filter[key] = toNeo4jDate(filter[key] as string);
  const params = {
    label,
    ...filter,
    orderField: orderBy.field,
    descending: (orderBy.direction === 'DESC') !== backward,
    cursorKey: cursor?.key ?? null,
    cursorId: cursor?.id ?? null,
    limit: neo4j.int(size + 1),
  };
  return { params, size, backward, scope, hadCursor: cursor !== null };
}

/** The connection of one page of rows (with one extra row that says whether more follow). */
export function toListConnection<R extends AnyEntity>(
  query: ListQuery,
  rows: { key: string; id: string; node: R }[],
  totalCount: number,
): Connection<{ cursor: string; node: R }> {
  const edges = rows.map((row) => ({ cursor: encodeCursor(query.scope, { key: row.key, id: row.id }), node: row.node }));
  return toConnection(edges, query.size, totalCount, { backward: query.backward, hadCursor: query.hadCursor });
}

/** A listed node as a whole record: the statement returns the node, so nothing is left to complete by id. */
function listed(node: unknown, label: EntityLabel): Record<string, unknown> {
  const { properties } = node as { properties: Record<string, unknown> };
  return { ...properties, label };
}

/** A Relay connection over one label, with keyset cursors (sort key and id), forwards or backwards. */
export async function listEntities<R extends AnyEntity>(
  db: Database,
  label: EntityLabel,
  args: ListArgs,
): Promise<Connection<{ cursor: string; node: R }>> {
  const query = listQuery(label, args);
  const result = await db.read(listStatementOf(label, query), query.params);
  const record = result.records[0];
  const rows = (record?.get('page') as { key: string; id: string; node: unknown }[] | undefined) ?? [];
  const records = rows.map((row) => ({ key: row.key, id: row.id, node: toEntityRecord(listed(row.node, label)) as R }));
  return toListConnection(query, records, Number(record?.get('totalCount') ?? 0));
}
