import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths';

/** A statement from `cypher/`, named by its path without the extension: the name is its log label. */
export interface CypherStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads `cypher/<name>.cypher` when the module that needs it is loaded, so a missing or empty
 * file fails start-up instead of the first request that would run it.
 */
export function cypher(name: string): CypherStatement {
  const file = fromRoot('cypher', `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`Cypher statement "${name}" is missing: expected the file ${file}`);
  }
  if (!text) throw new Error(`Cypher statement "${name}" is empty: ${file}`);
  return { name, text };
}
