import type { Logger } from 'pino';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { startManagedNeo4j } from '../neo4j/instance';
import { cypher } from './cypher';
import { Database } from './database';
import { createDriver } from './driver';
import { attachManagedState } from './managed-state';

const PING = cypher('health/ping');

export interface Connection {
  db: Database;
  /** bolt URI in use, and whether Entente runs that server itself. */
  uri: string;
  managed: boolean;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** The managed server is down for good (restarts used up): the app exits so that an outer supervisor acts. */
  onManagedNeo4jGiveUp?(reason: string): void;
}

/**
 * NEO4J_URI when set; otherwise the managed local server, provisioned and started here, and
 * restarted when it dies. The driver needs nothing after a restart: the server comes back on the
 * same port, and the pool replaces the connections that broke.
 */
export async function connect(config: Config, logger: Logger, options: ConnectOptions = {}): Promise<Connection> {
  const managed = config.neo4j.uri
    ? undefined
    : await startManagedNeo4j({
        ...config.local,
        progress: (line) => logger.info(line),
        restart: {
          ...config.local.restarts,
          log: (line) => logger.warn(line),
          onGiveUp: options.onManagedNeo4jGiveUp ?? ((reason) => logger.error(reason)),
        },
      });
  const uri = managed?.uri ?? (config.neo4j.uri as string);
  const driver = createDriver({
    ...config.neo4j,
    uri,
    user: managed?.user ?? config.neo4j.user,
    password: managed?.password ?? config.neo4j.password,
  });
  const db = new Database(driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs, logger });
  if (managed) attachManagedState(db, managed.state);
  // The first query is a check with its own one-line message: its failure is not logged as a
  // request's would be (a warning with the driver's whole text), and says what actually happened.
  const probe = new Database(driver, {
    database: config.neo4j.database,
    queryTimeoutMs: 10_000,
    logger: logger.child({}, { level: 'silent' }),
  });
  try {
    await probe.read(PING, {}, 10_000);
  } catch (error) {
    const cause = await connectionFailure(driver, error);
    await db.close();
    await managed?.stop();
    throw new Error(
      managed
        ? `The managed Neo4j started but does not answer queries (${cause})`
        : REFUSED_CREDENTIALS.test(cause)
          ? `Neo4j at ${uri} refused NEO4J_USER/NEO4J_PASSWORD (${cause}). ` +
            'With docker compose, Neo4j keeps the password its data volume was created with: ' +
            'set that one, or change it inside Neo4j (README: Docker).'
          : `NEO4J_URI is set but Neo4j does not answer at ${uri} (${cause}). ` +
            'Start that server, check NEO4J_USER/NEO4J_PASSWORD, or unset NEO4J_URI to use the managed local server.',
    );
  }
  logger.info({ uri, managed: Boolean(managed) }, 'connected to Neo4j');
  return {
    db,
    uri,
    managed: Boolean(managed),
    close: async () => {
      await db.close();
      await managed?.stop();
    },
  };
}

/** How Neo4j words a refused login (Neo.ClientError.Security.Unauthorized). */
const REFUSED_CREDENTIALS = /unauthori[sz]ed|authentication failure|incorrect authentication/i;

/**
 * What the driver says went wrong, in a few words: "connect ECONNREFUSED 127.0.0.1:7687", or the
 * server's refusal of the credentials, rather than the message meant for a client's retry.
 */
async function connectionFailure(driver: Driver, queryError: unknown): Promise<string> {
  const raw = await driver.verifyConnectivity().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const text = raw ?? (queryError instanceof Error ? queryError.message : String(queryError));
  return /Caused by: (.*)$/s.exec(text)?.[1]?.trim() ?? text.split('\n')[0] ?? text;
}
