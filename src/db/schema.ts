import { cypher } from './cypher';
import type { Database } from './database';

const STATEMENTS = [
  cypher('schema/entity-id-unique'),
  cypher('schema/entity-search'),
  cypher('schema/change-id-unique'),
  cypher('schema/change-at'),
  cypher('schema/idempotency-key-unique'),
  cypher('schema/founding-is-not-a-role'),
];
const AWAIT_INDEXES = cypher('schema/await-indexes');

/** Index names /readyz checks (a uniqueness constraint's backing index has the constraint's name). */
export const REQUIRED_INDEXES = ['entity_id_unique', 'entity_search', 'change_id_unique', 'change_at', 'idempotency_key_unique'];

/** Idempotent (IF NOT EXISTS): run at every start and before tests. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of STATEMENTS) await db.write(statement);
  await db.write(AWAIT_INDEXES, {}, 130_000);
}
