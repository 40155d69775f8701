import pino from 'pino';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema';

export const silentLogger = pino({ level: 'silent' });

/** The suite's Neo4j, as global setup chose it. */
export function testNeo4j(): { uri: string; user: string; password: string } {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    throw new Error('No test Neo4j: run the tests with `npm test` (its global setup starts one) or set NEO4J_TEST_URI');
  }
  return { uri, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
}

export interface TestDatabaseOptions {
  queryTimeoutMs?: number;
  maxRetryTimeMs?: number;
  poolSize?: number;
}

export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const db = connectTestDatabase(options);
  await applySchema(db);
  return db;
}

/** Without the schema applied: global setup must look at the database before writing anything to it. */
export function connectTestDatabase(options: TestDatabaseOptions = {}): Database {
  const driver = createDriver({
    ...testNeo4j(),
    poolSize: options.poolSize ?? 20,
    maxRetryTimeMs: options.maxRetryTimeMs ?? 1000,
  });
  return new Database(driver, { database: 'neo4j', queryTimeoutMs: options.queryTimeoutMs ?? 5000, logger: silentLogger });
}
