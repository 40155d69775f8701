import { readdirSync, readFileSync } from 'node:fs';
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

/** Every file of one folder of data/ (alliances, treaties, conflicts, operations), parsed. */
export function curatedFolder(folder: string): any[] {
  const dir = path.join(__dirname, '..', '..', 'data', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => curated(path.join(folder, name)));
}

/** The ids of the documents that pass `keep`, sorted, for comparing with what the API lists. */
export const idsWhere = (documents: any[], keep: (document: any) => boolean): string[] =>
  documents
    .filter(keep)
    .map((d) => d.id as string)
    .sort();
