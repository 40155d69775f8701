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
import { RELATIONS, type RelationSpec } from '../shared/relations';
import { groupedLoader, type GroupedKey } from './grouped-loader';
import type { RelationEdge, RelationshipProps } from './records';

const OUTGOING = cypher('relation/outgoing');
const INCOMING = cypher('relation/incoming');
const PLEDGES = cypher('treaty/pledges');
const ORGANS = cypher('alliance/organs');

/**
 * The statement of each paged relation of the table (src/shared/relations.ts), which says
 * everything else about it: type, direction, filters, order and page size.
 */
const PAGED_STATEMENTS: Record<string, CypherStatement> = {
  'Alliance.members': cypher('relation/members'),
  'State.memberships': cypher('relation/memberships'),
  'Treaty.parties': cypher('relation/parties'),
  'State.treaties': cypher('relation/state-treaties'),
  'Conflict.participants': cypher('relation/participants'),
};

export interface PageParams {
  asOf: IsoDate | null;
  role: string | null;
  founding: boolean | null;
  side: string | null;
  seat: string | null;
  coalition: string | null;
  cursorKey: string | null;
  cursorId: string | null;
  /** Rows to fetch: the page size plus one, which only tells whether there is a next page. */
  limit: number;
  /** Whether totalCount was asked for: counting a long relation costs more than its page. */
  withCount: boolean;
  /** Whether undatedCount was asked for (with an asOf): the rows left out for an unknown start. */
  withUndated: boolean;
}

export interface RelationPage {
  totalCount: number;
  undatedCount: number;
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
          const counts = { totalCount: Number(record.get('totalCount')), undatedCount: Number(record.get('undatedCount')) };
          return [parentId, { ...counts, edges: page }];
        }),
      );
    },
    () => ({ totalCount: 0, undatedCount: 0, edges: [] }),
  );
}

export function createRelationLoaders(db: Database) {
  const paged = new Map<RelationSpec, Loader<PageParams, RelationPage>>();
  for (const spec of RELATIONS.filter((r) => r.kind === 'page')) {
    const statement = PAGED_STATEMENTS[`${spec.owner}.${spec.field}`];
    if (!statement) throw new Error(`No statement for the paged relation ${spec.owner}.${spec.field}`);
    paged.set(spec, pagedLoader(db, statement, spec.type, spec.direction));
  }

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
