import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { toPlain } from '../db/mapping';
import { snapshotToJson, versionOf, type Snapshot } from './snapshot';

const RECORD_CHANGE = cypher('curation/record-change');
const CHANGE_BY_ID = cypher('curation/change-by-id');

/** What a write did, before it is recorded: the audit record is made from it. */
export interface ChangeDraft {
  targetKind: 'ENTITY' | 'RELATIONSHIP';
  targetType: string;
  targetId: string;
  entityIds: string[];
  before: Snapshot | null;
  after: Snapshot | null;
  sourceIds: string[];
  revertOf?: string | null;
  /** Entities whose relationships' link kinds must be derived again after the write. */
  derive: string[];
}

/** An audit record as the API returns it: snapshots as JSON text, the time as ISO 8601. */
export interface ChangeRecord {
  id: string;
  at: string;
  curator: string;
  mutation: string;
  targetKind: 'ENTITY' | 'RELATIONSHIP';
  targetType: string;
  targetId: string;
  entityIds: string[];
  before: string | null;
  after: string | null;
  versionBefore: number | null;
  versionAfter: number | null;
  sourceIds: string[];
  revertOf: string | null;
}

export async function recordChange(
  tx: ManagedTransaction,
  curator: string,
  mutation: string,
  draft: ChangeDraft,
): Promise<ChangeRecord> {
  const version = (snapshot: Snapshot | null) => (snapshot ? neo4j.int(versionOf(snapshot.properties)) : null);
  const result = await tx.run(RECORD_CHANGE.text, {
    id: randomUUID(),
    curator,
    mutation,
    targetKind: draft.targetKind,
    targetType: draft.targetType,
    targetId: draft.targetId,
    entityIds: draft.entityIds,
    before: snapshotToJson(draft.before),
    after: snapshotToJson(draft.after),
    versionBefore: version(draft.before),
    versionAfter: version(draft.after),
    sourceIds: draft.sourceIds,
    revertOf: draft.revertOf ?? null,
  });
  return toChangeRecord(result.records[0]?.get('change'));
}

export async function findChange(tx: ManagedTransaction, id: string): Promise<ChangeRecord | null> {
  const result = await tx.run(CHANGE_BY_ID.text, { id });
  const record = result.records[0];
  return record ? toChangeRecord(record.get('change')) : null;
}

export function toChangeRecord(props: Record<string, unknown>): ChangeRecord {
  const number = (value: unknown) => toPlain(value) as number | null;
  return {
    ...(props as unknown as ChangeRecord),
    // Neo4j's DateTime prints as ISO 8601 with its offset (nanoseconds kept, which the cursor needs).
    at: String(props.at),
    before: (props.before as string | undefined) ?? null,
    after: (props.after as string | undefined) ?? null,
    versionBefore: number(props.versionBefore),
    versionAfter: number(props.versionAfter),
    revertOf: (props.revertOf as string | undefined) ?? null,
  };
}
