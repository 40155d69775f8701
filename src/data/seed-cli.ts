import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { applySchema } from '../db/schema';
import { createLogger } from '../logger';
import { seed } from './seed';

/** `npm run seed`: load data/ into the configured Neo4j (the managed one unless NEO4J_URI is set). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const connection = await connect(config, logger);
  try {
    await applySchema(connection.db);
    const counts = await seed(connection.db, (line) => process.stdout.write(`${line}\n`));
    for (const [kind, count] of Object.entries(counts)) process.stdout.write(`  ${kind.padEnd(30)} ${count}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
