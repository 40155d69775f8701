import { GraphQLError } from 'graphql';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { FACT_LABELS, type EntityLabel } from '../shared/labels';
import { ErrorCode } from '../shared/error-codes';
import { closest } from '../shared/closest';
import { namedEntities } from './resolve-names';

const FIND_IDS = cypher('entity/find-ids');

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
  const candidates = (await namedEntities(db, w.labels)).map((e) => ({ ...e, names: [e.name, ...e.aliases] }));
  const suggestions: Suggestion[] = closest(w.id, candidates, SUGGESTIONS).map(({ id, name, label }) => ({
    id,
    name,
    kind: label,
  }));
  const kinds = w.labels.map((l) => l.toLowerCase()).join(' or ');
  const hint = suggestions.length > 0 ? `; closest: ${suggestions.map((s) => s.id).join(', ')}` : '';
  return new GraphQLError(`${w.argument}: no ${kinds} has the id "${w.id}"${hint}`, {
    extensions: { code: ErrorCode.NOT_FOUND, argument: w.argument, id: w.id, closest: suggestions },
  });
}

/** The two ends of a path question (`from`, `to`): any entity links take part in. */
export const requirePathEnds = (db: Database, from: string, to: string): Promise<readonly [string, string]> =>
  requireIds(db, [
    { argument: 'from', id: from, labels: FACT_LABELS },
    { argument: 'to', id: to, labels: FACT_LABELS },
  ]);
