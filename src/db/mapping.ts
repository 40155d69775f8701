import neo4j from 'neo4j-driver';
import { fromNeo4jDate } from '../dates';

/** Neo4j values as plain JSON-able values: Integer → number, Date → ISO string, lists and maps recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: asking them whether they are an Integer or a Date boxes them.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (neo4j.isDate(value)) return fromNeo4jDate(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

export function toPlainObject(value: unknown): Record<string, unknown> {
  const plain = toPlain(value);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) throw new TypeError('Expected a map from Neo4j');
  return plain as Record<string, unknown>;
}
