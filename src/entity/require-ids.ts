import { GraphQLError } from 'graphql';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import type { EntityLabel } from '../shared/labels';
import { ErrorCode } from '../shared/error-codes';
import { closest } from '../shared/closest';

const FIND_IDS = cypher('entity/find-ids');
const NAMES_OF_KINDS = cypher('entity/names-of-kinds');

/** How many near matches a NOT_FOUND error offers. */
const SUGGESTIONS = 5;

export interface NamedId {
  /** The argument that names it, as the error should say it. */
  argument: string;
  id: string;
  /** The kinds of entity the argument may name. */
  labels: readonly EntityLabel[];
}

export interface Suggestion {
  id: string;
  name: string;
  kind: EntityLabel;
}

/**
 * The entity ids an analyst's query names, as stored: "est" is EST. An id that names nothing of the
 * right kind is a NOT_FOUND error naming the argument, with the closest entities of that kind, so
 * that a typo is never mistaken for an empty finding. All ids are checked in one round trip.
 */
export async function requireIds<const T extends readonly NamedId[]>(
  db: Database,
  wanted: T,
): Promise<{ [K in keyof T]: string }> {
  const result = await db.read(FIND_IDS, { ids: wanted.map((w) => w.id) });
  const found = new Map(
    result.records.map((r) => [
      r.get('wanted') as string,
      { id: r.get('id') as string | null, label: r.get('label') as EntityLabel | null },
    ]),
  );
  const ids: string[] = [];
  for (const w of wanted) {
    const hit = found.get(w.id);
    if (!hit?.id || !hit.label || !w.labels.includes(hit.label)) throw await notFound(db, w);
    ids.push(hit.id);
  }
  return ids as { [K in keyof T]: string };
}

async function notFound(db: Database, w: NamedId): Promise<GraphQLError> {
  const result = await db.read(NAMES_OF_KINDS, { labels: [...w.labels] });
  const candidates = result.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    kind: r.get('label') as EntityLabel,
    names: [r.get('name') as string, ...(r.get('aliases') as string[])],
  }));
  const suggestions: Suggestion[] = closest(w.id, candidates, SUGGESTIONS).map(({ id, name, kind }) => ({ id, name, kind }));
  const kinds = w.labels.map((l) => l.toLowerCase()).join(' or ');
  const hint = suggestions.length > 0 ? `; closest: ${suggestions.map((s) => s.id).join(', ')}` : '';
  return new GraphQLError(`${w.argument}: no ${kinds} has the id "${w.id}"${hint}`, {
    extensions: { code: ErrorCode.NOT_FOUND, argument: w.argument, id: w.id, closest: suggestions },
  });
}
