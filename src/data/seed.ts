import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { countRows } from './dataset';
import { validateCuratedData } from './validate';
import { graphCounts, writeDataset } from './write';

const COUNT_ENTITIES = cypher('seed/count-entities');

/**
 * Checks every file in data/ first (throwing DataProblems with all of them, having written
 * nothing), then writes it all in one transaction. Running it again changes no counts.
 */
export async function seed(db: Database, progress: (line: string) => void): Promise<Record<string, number>> {
  progress('Checking data/ …');
  const dataset = validateCuratedData();
  const rows = countRows(dataset);
  progress(`data/ is valid: ${rows.nodes} entities, ${rows.relationships} relationships. Writing …`);
  await writeDataset(db, dataset, progress);
  const counts = await graphCounts(db);
  progress('Loaded.');
  return counts;
}

/** On first start, an empty database gets the curated data; a database with anything in it is left alone. */
export async function seedIfEmpty(db: Database, progress: (line: string) => void): Promise<boolean> {
  const result = await db.read<{ count: { toNumber(): number } }>(COUNT_ENTITIES);
  if ((result.records[0]?.get('count').toNumber() ?? 0) > 0) return false;
  await seed(db, progress);
  return true;
}
