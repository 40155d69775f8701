import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startManagedNeo4j } from '../../src/neo4j/instance';
import { freePort } from '../../src/neo4j/ports';
import { fromRoot } from '../../src/paths';
import { seed } from '../../src/data/seed';
import { dockerAnswers, startNeo4jContainer } from './container';
import { claimTestDatabase } from './claim-test-database';
import { connectTestDatabase, openTestDatabase, testNeo4j } from './neo4j';

type Stop = () => Promise<void>;
declare global {
  var __ENTENTE_TEST_NEO4J_STOP__: Stop | undefined;
}

/**
 * Picks the one real Neo4j the suite runs against: NEO4J_TEST_URI if set; else a testcontainers
 * Neo4j when a Docker engine answers; else the managed local server, in its own home and port so
 * that it never touches the app's data. Workers read the choice from the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    process.stdout.write(`\nTests use the Neo4j at NEO4J_TEST_URI=${process.env.NEO4J_TEST_URI}\n`);
    await claimGivenDatabase();
    await loadCuratedData();
    return;
  }
  const started = (await dockerAnswers()) ? await startNeo4jContainer() : await startManagedTestServer();
  process.env.NEO4J_TEST_URI = started.uri;
  process.env.NEO4J_TEST_USER = started.user;
  process.env.NEO4J_TEST_PASSWORD = started.password;
  globalThis.__ENTENTE_TEST_NEO4J_STOP__ = started.stop;
  await loadCuratedData();
}

/** A server the suite did not start may hold someone's data: looked at before the schema or data go in. */
async function claimGivenDatabase(): Promise<void> {
  const db = connectTestDatabase();
  try {
    await claimTestDatabase(db, testNeo4j().uri);
  } finally {
    await db.close();
  }
}

/** The curated data, once for the whole suite: tests that add fixtures use ids starting with "test-". */
async function loadCuratedData(): Promise<void> {
  const db = await openTestDatabase();
  try {
    await seed(db, () => undefined);
  } finally {
    await db.close();
  }
}

async function startManagedTestServer(): Promise<{ uri: string; user: string; password: string; stop: Stop }> {
  const cacheDir = process.env.NEO4J_LOCAL_HOME ?? fromRoot('.neo4j');
  const homeDir = path.join(cacheDir, 'test');
  mkdirSync(homeDir, { recursive: true });
  const boltPort = await freePort();
  process.stdout.write(`\nTests use a managed Neo4j in ${homeDir} on port ${boltPort}\n`);
  return startManagedNeo4j({
    cacheDir,
    homeDir,
    boltPort,
    heap: '768m',
    pageCache: '128m',
    transactionTimeout: '30s',
    transactionMemoryMax: '256m',
    startTimeoutMs: 180_000,
    progress: (line) => process.stdout.write(`${line}\n`),
  });
}
