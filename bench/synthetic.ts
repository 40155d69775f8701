import { rmSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { cypher } from '../src/db/cypher';
import { applySchema } from '../src/db/schema';
import { createLogger } from '../src/logger';
import { freePort } from '../src/neo4j/ports';

/** 10,000 states in 1,000 regions of ten; 100 alliances a region; 100 memberships a state: 1,000,000 relationships. */
export const SYNTHETIC = { states: 10_000, regions: 1_000, alliancesPerRegion: 100, membershipsPerState: 100 };
const ALLIANCE_COUNT = SYNTHETIC.regions * SYNTHETIC.alliancesPerRegion;
const SOURCE = cypher('synthetic/source');
const STATES = cypher('synthetic/states');
const ALLIANCES = cypher('synthetic/alliances');
const MEMBERSHIPS = cypher('synthetic/memberships');

/** The managed instance that holds the synthetic graph (Community has one user database). */
export async function syntheticEnv(): Promise<Record<string, string | undefined>> {
  return {
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_INSTANCE: 'synthetic',
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_HEAP: '2g',
    NEO4J_LOCAL_PAGECACHE: '1g',
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
  };
}

/** `npm run gen:synthetic`: a fresh synthetic instance with about a million memberships, built in batches. */
async function main(): Promise<void> {
  const config = loadConfig(await syntheticEnv());
  rmSync(config.local.homeDir, { recursive: true, force: true });
  const connection = await connect(config, createLogger('warn'));
  const started = Date.now();
  const say = (line: string): void => void process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
  try {
    await applySchema(connection.db);
    await connection.db.write(SOURCE);
    await batches(SYNTHETIC.states, 5_000, (start, end) =>
      connection.db.write(STATES, { start: neo4j.int(start), end: neo4j.int(end) }, 120_000),
    );
    say(`${SYNTHETIC.states} states`);
    await batches(ALLIANCE_COUNT, 20_000, (start, end) =>
      connection.db.write(ALLIANCES, { start: neo4j.int(start), end: neo4j.int(end) }, 120_000),
    );
    say(`${ALLIANCE_COUNT} alliances`);
    const statesPerBatch = 500;
    await batches(SYNTHETIC.states, statesPerBatch, async (start, end) => {
      await connection.db.write(
        MEMBERSHIPS,
        {
          start: neo4j.int(start),
          end: neo4j.int(end),
          perState: neo4j.int(SYNTHETIC.membershipsPerState),
          regions: neo4j.int(SYNTHETIC.regions),
          perRegion: neo4j.int(SYNTHETIC.alliancesPerRegion),
        },
        300_000,
      );
      say(`memberships: ${(end + 1) * SYNTHETIC.membershipsPerState} of ${SYNTHETIC.states * SYNTHETIC.membershipsPerState}`);
    });
    say(`done: ${path.relative(process.cwd(), config.local.homeDir)} holds the synthetic graph`);
  } finally {
    await connection.close();
  }
}

async function batches(total: number, size: number, run: (start: number, end: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < total; start += size) await run(start, Math.min(start + size, total) - 1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
