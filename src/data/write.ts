import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../shared/labels';
import { type Dataset } from './dataset';

const UPSERT_NODES = cypher('seed/upsert-nodes');
const UPSERT_RELATIONSHIPS = cypher('seed/upsert-relationships');
const GRAPH_COUNTS = cypher('seed/graph-counts');
const DERIVE_LINK_KINDS = cypher('derive/link-kinds');
const BATCH = 500;

/** Writes a checked dataset in one transaction: all of it or, on any failure, none of it. */
export async function writeDataset(db: Database, dataset: Dataset, progress: (line: string) => void): Promise<void> {
  await db.writeTransaction('seed/load', async (tx) => {
    for (const label of ENTITY_LABELS) {
      const rows = dataset.nodes[label];
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx.run(UPSERT_NODES.text, { label, rows: rows.slice(i, i + BATCH) });
      }
      progress(`  ${label}: ${rows.length}`);
    }
    for (const type of RELATIONSHIP_TYPES) {
      const rows = dataset.relationships[type].map(({ id, start, end, props }) => ({ id, start, end, props }));
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx.run(UPSERT_RELATIONSHIPS.text, { type, rows: rows.slice(i, i + BATCH) });
      }
      progress(`  ${type}: ${rows.length}`);
    }
    await tx.run(DERIVE_LINK_KINDS.text);
  }, 120_000);
}

/** Counts per node label and relationship type, as `node:State` → 216. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const result = await db.read<{ kind: string; count: { toNumber(): number } }>(GRAPH_COUNTS, {}, 30_000);
  return Object.fromEntries(result.records.map((r) => [r.get('kind'), r.get('count').toNumber()]));
}
