// First: the .env file, before anything reads the environment.
import '../load-env';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { dumpDatabase, loadDatabase, type BackupOptions } from './backup';

const USAGE = `Usage: npm run backup -- dump <file> [--force]
       npm run backup -- restore <file>

Dumps the managed Neo4j's database to <file>, or replaces it with the dump in <file>
(neo4j-admin database dump / load). The server must be stopped: stop Entente first.
NEO4J_LOCAL_HOME and NEO4J_LOCAL_INSTANCE choose the instance, as for npm start.
  --force  replace <file> if it exists (dump)
`;

/** `npm run backup`: neo4j-admin dump and load for the managed server, which has no launcher script. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const [command, file, ...rest] = positionals;
  if ((command !== 'dump' && command !== 'restore') || !file || rest.length > 0) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new Error(
      'NEO4J_URI is set: back that server up with its own tools; npm run backup works on the managed server (unset NEO4J_URI)',
    );
  }
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const options: BackupOptions = {
    cacheDir: config.local.cacheDir,
    homeDir: config.local.homeDir,
    database: config.neo4j.database,
    progress: (line) => process.stdout.write(`${line}\n`),
  };
  if (command === 'dump') {
    await dumpDatabase(options, target, { force: values.force ?? false });
    process.stdout.write(`Dumped database "${options.database}" of ${options.homeDir} to ${target}\n`);
  } else {
    await loadDatabase(options, target);
    process.stdout.write(
      `Replaced database "${options.database}" of ${options.homeDir} with ${target}; start Entente to serve it\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
