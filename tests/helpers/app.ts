import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import { buildServer, type EntenteServer } from '../../src/server';
import { openTestDatabase, silentLogger } from './neo4j';

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface TestApp {
  url: string;
  db: Database;
  config: Config;
  server: EntenteServer;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/**
 * Tests check answers, not time limits: on a freshly started server the first list query (its plan
 * compiled, the page cache cold) took 1–4 s on a 2-core machine, and once over the default 5 s
 * while the machine was busy, failing a test that had nothing to do with time. Tests of the limit
 * itself set NEO4J_QUERY_TIMEOUT_MS or REQUEST_DEADLINE_MS, or use the Database runner's own timeout.
 */
const UNHURRIED_QUERY_TIMEOUT_MS = '30000';

/** The real server on a free port over the suite's Neo4j; `env` overrides configuration as the environment would. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_QUERY_TIMEOUT_MS: UNHURRIED_QUERY_TIMEOUT_MS,
    REQUEST_DEADLINE_MS: UNHURRIED_QUERY_TIMEOUT_MS,
    ...env,
  });
  const db = await openTestDatabase({ queryTimeoutMs: config.neo4j.queryTimeoutMs, poolSize: config.neo4j.poolSize });
  const server = await buildServer(config, db, silentLogger);
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    config,
    server,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
