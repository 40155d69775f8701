import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { checkPageSize, type PageInfo } from '../shared/paging';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { toChangeRecord, type ChangeRecord } from './audit';

const CHANGES = cypher('curation/changes');
const CHANGE_BY_ID = cypher('curation/change-by-id');
const CHANGES_SCOPE = 'Change:at';

export interface ChangesArgs {
  entityId?: string | null;
  since?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface ChangePage {
  edges: { cursor: string; node: ChangeRecord }[];
  pageInfo: PageInfo;
}

/** Audit records oldest first; the cursor is the record's time and id, so pages never skip or repeat. */
export async function listChanges(db: Database, args: ChangesArgs): Promise<ChangePage> {
  const size = checkPageSize(args.first, 'first', 50);
  const cursor = decodeCursor(args.after, 'after', CHANGES_SCOPE);
  const result = await db.read(CHANGES, {
    entityId: args.entityId ?? null,
    since: args.since ?? null,
    cursorAt: cursor?.key ?? null,
    cursorId: cursor?.id ?? null,
    limit: neo4j.int(size + 1),
  });
  const rows = result.records.map((r) => toChangeRecord(r.get('change') as Record<string, unknown>));
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(CHANGES_SCOPE, { key: node.at, id: node.id }), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export async function findChangeById(db: Database, id: string): Promise<ChangeRecord | null> {
  const record = (await db.read(CHANGE_BY_ID, { id })).records[0];
  return record ? toChangeRecord(record.get('change') as Record<string, unknown>) : null;
}
