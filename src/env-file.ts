import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { fromRoot } from './paths';

/**
 * Reads a `.env` file (the project root's, or ENV_FILE) into `env`, if there is one: `.env.example`
 * documents every variable. A variable already set in the environment wins, so `PORT=5000 npm
 * start` still overrides the file. Returns the names it set.
 */
export function loadEnvFile(file = process.env.ENV_FILE ?? fromRoot('.env'), env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(file)) {
    // A file asked for by name must exist; the default one is optional.
    if (process.env.ENV_FILE && file === process.env.ENV_FILE) throw new Error(`ENV_FILE names ${file}, which does not exist`);
    return [];
  }
  const set: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}
