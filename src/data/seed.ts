import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { countRows, undatedStarts } from './dataset';
import { DATA_DIR, validateCuratedData } from './validate';
import { graphCounts, writeDataset } from './write';

const COUNT_ENTITIES = cypher('seed/count-entities');

/**
 * Checks every file in data/ (or in `dataDir`, such as a directory `npm run export` wrote) first,
 * throwing DataProblems with all of them, having written nothing; then writes it all in one
 * transaction. Running it again changes no counts.
 */
export async function seed(db: Database, progress: (line: string) => void, dataDir = DATA_DIR): Promise<Record<string, number>> {
  const name = dataDir === DATA_DIR ? 'data/' : dataDir;
  progress(`Checking ${name} …`);
  const dataset = validateCuratedData(dataDir);
  const rows = countRows(dataset);
  progress(`${name} is valid: ${rows.nodes} entities, ${rows.relationships} relationships. Writing …`);
  const undated = undatedStarts(dataset);
  progress(
    `${undated.total} time-bounded relationships have no start date (${undated.currentMemberships} of them current memberships): ` +
      'no as-of question counts them' +
      (undated.total > 0 ? `. To date: ${undated.places.slice(0, 20).join('; ')}${undated.total > 20 ? '; …' : ''}` : ''),
  );
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
