// First: the .env file, before anything reads the environment.
import '../load-env';
import { loadConfig } from '../config';
import { mintCuratorToken } from './mint';
import { parseMintArgs } from './mint-args';

/** `npm run token -- --sub alice --roles editor`: prints a curator's token, and only the token, on stdout. */
async function main(): Promise<void> {
  const request = parseMintArgs(process.argv.slice(2));
  const token = await mintCuratorToken(loadConfig().auth, request);
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
