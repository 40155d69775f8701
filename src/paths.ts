import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder holding package.json: compiled code runs from dist/, sources from src/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}: run Entente from its checkout`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
export const fromRoot = (...parts: string[]): string => path.join(projectRoot, ...parts);
