import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../validate';

/** A rendered file of the export, its path relative to the export directory. */
export interface ExportedFile {
  path: string;
  text: string;
}

/** The files the loader reads in a data directory: the ones an export replaces. */
const CURATED_FOLDERS = ['sources', 'alliances', 'treaties', 'conflicts', 'operations'];

export class ExportRefused extends Error {}

/**
 * Writes the export into `dir`. A directory that holds anything is refused unless `force` is set;
 * then its curated files are replaced: every YAML file the loader would read there and the export
 * did not write is removed (an entity deleted in the graph must not come back on the next seed),
 * other files (a README) are kept. A directory inside data/ is always refused, since the loader
 * would not read it and data/ would hold a stray copy. Returns the files removed.
 */
export function writeExportDirectory(dir: string, files: ExportedFile[], options: { force: boolean }): string[] {
  const target = path.resolve(dir);
  assertExportDirectory(target, options);
  const written = new Set(files.map((file) => file.path));
  const removed = curatedFilesIn(target).filter((file) => !written.has(file));
  for (const file of removed) rmSync(path.join(target, file));
  for (const file of files) {
    const destination = path.join(target, file.path);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, file.text);
  }
  return removed;
}

/** Throws ExportRefused, saying what to do instead, when writeExportDirectory would refuse `dir`. */
export function assertExportDirectory(dir: string, options: { force: boolean }): void {
  const target = path.resolve(dir);
  if (isInside(target, DATA_DIR)) {
    throw new ExportRefused(`${target} is inside data/: export to data/ itself (with --force) or to a directory outside it`);
  }
  if (existsSync(target) && !statSync(target).isDirectory()) throw new ExportRefused(`${target} exists and is not a directory`);
  if (existsSync(target) && readdirSync(target).length > 0 && !options.force) {
    throw new ExportRefused(`${target} is not empty: choose another --out, or pass --force to replace the curated files in it`);
  }
}

/** Relative paths of the YAML files readCuratedFiles would read in `dir`. */
export function curatedFilesIn(dir: string): string[] {
  const folders = CURATED_FOLDERS.flatMap((folder) => {
    const full = path.join(dir, folder);
    return existsSync(full) ? readdirSync(full).filter((name) => name.endsWith('.yaml')).map((name) => `${folder}/${name}`) : [];
  });
  return [...(existsSync(path.join(dir, 'states.yaml')) ? ['states.yaml'] : []), ...folders].sort();
}

function isInside(target: string, parent: string): boolean {
  const relative = path.relative(parent, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
