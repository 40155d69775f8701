import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CypherStatement } from '../../src/db/cypher';

/** Test-only Cypher, kept in tests/fixtures/ like the app's statements are kept in cypher/. */
export function fixture(name: string): CypherStatement {
  return { name: `test/${name}`, text: readFileSync(path.join(__dirname, '..', 'fixtures', `${name}.cypher`), 'utf8') };
}
