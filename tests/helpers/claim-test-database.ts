import type { Integer } from 'neo4j-driver';
import type { Database } from '../../src/db/database';
import { fixture } from './fixtures';

const CONTENTS = fixture('test-database-contents');
const MARK = fixture('mark-test-database');

/**
 * The suite deletes and rewrites whatever its database holds, so it runs only on a database it
 * found empty and marked as its own: NEO4J_TEST_URI pointed by mistake at a database with real
 * data is refused before anything is written to it.
 */
export async function claimTestDatabase(db: Database, uri: string): Promise<void> {
  const contents = (await db.read<{ marked: boolean; nodes: Integer; labels: string[] }>(CONTENTS)).records[0];
  if (!contents) throw new Error(`Could not read what NEO4J_TEST_URI=${uri} holds`);
  if (contents.get('marked')) return;
  const nodes = contents.get('nodes').toNumber();
  if (nodes > 0) {
    const labels = contents.get('labels').join(', ') || 'none';
    throw new Error(
      `NEO4J_TEST_URI=${uri} holds ${nodes} nodes (labels: ${labels}) that the tests did not write, and the tests ` +
        'delete and rewrite data: they will not run on it. Point NEO4J_TEST_URI at an empty database (the tests ' +
        'mark it as theirs on first use), or unset NEO4J_TEST_URI to let them start their own server.',
    );
  }
  await db.write(MARK);
}
