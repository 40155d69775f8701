import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../paths';

/** The SDL, one file per domain under schema/, in a stable order. */
export function loadTypeDefs(): string[] {
  const dir = fromRoot('schema');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
}
