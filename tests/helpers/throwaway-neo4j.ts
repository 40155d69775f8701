import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import type { ManagedNeo4jOptions, RunningNeo4j } from '../../src/neo4j/instance';
import { freePort } from '../../src/neo4j/ports';
import { fromRoot } from '../../src/paths';
import { silentLogger } from './neo4j';

/** A managed server in a throw-away home, sharing the downloaded jars, small enough to start often. */
export async function throwawayServerOptions(homeDir: string): Promise<ManagedNeo4jOptions> {
  return {
    cacheDir: process.env.NEO4J_LOCAL_HOME ?? fromRoot('.neo4j'),
    homeDir,
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
    transactionTimeout: '30s',
    transactionMemoryMax: '128m',
    startTimeoutMs: 120_000,
    progress: () => undefined,
  };
}

export function openServer(server: RunningNeo4j): Database {
  const driver = createDriver({ ...server, poolSize: 2, maxRetryTimeMs: 1000 });
  return new Database(driver, { database: 'neo4j', queryTimeoutMs: 5000, logger: silentLogger });
}
