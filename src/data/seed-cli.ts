// First: the .env file, before anything reads the environment.
import '../load-env';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { applySchema } from '../db/schema';
import { createLogger } from '../logger';
import { seed } from './seed';
import { connectTool } from './tool-connection';
import { DATA_DIR } from './validate';

/**
 * `npm run seed`: load data/ into the configured Neo4j (the managed one unless NEO4J_URI is set).
 * `--data <dir>` loads another directory of the same files instead, such as an export.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const dataDir = values.data ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.data) : DATA_DIR;
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, config.logFormat);
  const connection = await connectTool(config, logger);
  try {
    await applySchema(connection.db);
    const counts = await seed(connection.db, (line) => process.stdout.write(`${line}\n`), dataDir);
    for (const [kind, count] of Object.entries(counts)) process.stdout.write(`  ${kind.padEnd(30)} ${count}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
