// First: the .env file, before anything reads the environment.
import '../load-env';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { fromRoot } from '../paths';
import { exportToDirectory } from './export';
import { assertExportDirectory } from './export/directory';
import { connectTool } from './tool-connection';
import { DATA_DIR } from './validate';

const USAGE = `Usage: npm run export -- [--out <dir>] [--force]

Writes every entity and relationship of the graph as data/ files (states.yaml, sources/,
alliances/, treaties/, conflicts/, operations/), which \`npm run seed -- --data <dir>\` loads back.
  --out <dir>  where to write (default: export/); a relative path is taken from where you run npm
  --force      write into a directory that is not empty: its curated YAML files are replaced, and
               those of entities no longer in the graph removed; other files are kept
`;

/** `npm run export`: the configured Neo4j (the managed one unless NEO4J_URI is set) as data/ files. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void process.stdout.write(USAGE);
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const out = values.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : fromRoot('export');
  const force = values.force ?? false;
  // Refused before Neo4j is started, not after.
  assertExportDirectory(out, { force });

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, config.logFormat);
  const connection = await connectTool(config, logger);
  try {
    if (out === DATA_DIR) {
      process.stdout.write('Writing into data/ itself: its YAML files are replaced by the graph and their comments are lost; review with git diff.\n');
    }
    const result = await exportToDirectory(connection.db, out, { force });
    process.stdout.write(`Exported ${connection.uri} to ${out}: ${result.files.length} files\n`);
    for (const [kind, count] of [...Object.entries(result.entities), ...Object.entries(result.relationships)]) {
      process.stdout.write(`  ${kind.padEnd(20)} ${count}\n`);
    }
    if (result.removed.length > 0) process.stdout.write(`Removed ${result.removed.length} file(s) of entities no longer in the graph: ${result.removed.join(', ')}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
