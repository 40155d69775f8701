import type { Logger } from 'pino';
import type { Config } from '../config';
import { cypher } from '../db/cypher';
import { connect, type Connection } from '../db/connect';
import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { findRunningManagedNeo4j } from '../neo4j/running';

const PING = cypher('health/ping');

/**
 * The database for a command-line tool (`npm run seed`, `npm run export`). NEO4J_URI, or the
 * managed server: the one `npm start` is already running for this instance, used and left running;
 * else one started for the tool and stopped when it closes, as `connect` does.
 */
export async function connectTool(config: Config, logger: Logger): Promise<Connection> {
  const running = config.neo4j.uri ? undefined : findRunningManagedNeo4j(config.local.homeDir);
  if (!running) return connect(config, logger);
  const driver = createDriver({ ...config.neo4j, uri: running.uri, user: running.user, password: running.password });
  const db = new Database(driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs, logger });
  try {
    await db.read(PING, {}, 10_000);
  } catch (error) {
    await db.close();
    throw new Error(`The managed Neo4j of ${config.local.homeDir} runs (pid ${running.pid}) but does not answer at ${running.uri}: ${(error as Error).message}`);
  }
  logger.info({ uri: running.uri, pid: running.pid }, 'using the managed Neo4j that is already running');
  return { db, uri: running.uri, managed: true, close: () => db.close() };
}
