// First, before anything reads the environment or loads graphql: see the modules.
import './load-env';
import './production-default';
import { loadConfig } from './config';
import { connect, type Connection } from './db/connect';
import { seedIfEmpty } from './data/seed';
import { applySchema } from './db/schema';
import { createLogger } from './logger';
import { type EntenteServer, buildServer } from './server';
import { warmUp } from './warm-up';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  // Filled in as start-up proceeds; shutdown stops whatever is up so far.
  const running: { connection?: Connection; server?: EntenteServer } = {};
  let stopping = false;

  // Registered before anything starts: a Ctrl-C during start-up must stop Neo4j too.
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now (the managed Neo4j is killed, not stopped cleanly)');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining HTTP, closing the driver, stopping Neo4j');
    await running.server?.stop();
    await running.connection?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));

  const connection = await connect(config, logger, {
    // The database will not come back by itself: exiting non-zero lets systemd, Docker or k8s
    // restart the whole service instead of it answering DATABASE_UNAVAILABLE for ever.
    onManagedNeo4jGiveUp: (reason) => {
      if (stopping) return;
      logger.fatal({ reason }, 'the managed Neo4j is down for good: exiting');
      process.exit(1);
    },
  });
  running.connection = connection;
  try {
    await applySchema(connection.db);
    if (config.seedOnStart && (await seedIfEmpty(connection.db, (line) => logger.info(line)))) {
      logger.info('the empty database was loaded with the curated data from data/');
    }
    const server = await buildServer(config, connection.db, logger);
    running.server = server;
    const warm = await warmUp(server, connection.db, config, logger);
    const port = await server.listen(config.port, config.host);
    logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql` }, 'Entente is ready');
    warm
      .afterReady()
      .catch((error: unknown) => logger.warn({ err: error }, "the analysts' warm-up stopped; their first queries may be slow"));
  } catch (error) {
    await connection.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  // Problems a user can fix are printed as sentences, not stack traces.
  process.stderr.write(`\nEntente could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
