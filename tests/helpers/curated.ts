import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * A file of the curated data as the curators wrote it, for answers a test knows independently of
 * the loader and the API. Dates stay text (YAML's core schema has no timestamps); years are numbers.
 */
export function curated(file: string): any {
  return parse(readFileSync(path.join(__dirname, '..', '..', 'data', file), 'utf8'));
}

/** State names by id, from data/states.yaml. */
export function stateNames(): Map<string, string> {
  return new Map((curated('states.yaml') as { id: string; name: string }[]).map((s) => [s.id, s.name]));
}
