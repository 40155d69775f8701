import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { checkPageSize } from '../shared/paging';
import { badUserInput } from '../shared/error-codes';
import type { AnyEntity } from './any';
import { FACT_LABELS, type EntityLabel } from '../shared/labels';
import { toEntityRecord } from './repository';

const SEARCH = cypher('entity/search');

const escapeTerm = (term: string): string => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/** A word as written ranks above its longer forms (prefix) and its near misspellings (fuzzy). */
function wordQuery(word: string): string {
  const term = escapeTerm(word.toLowerCase());
  const variants = [`${term}^3`];
  // "syria" finds "Syrian", "libya" "Libyan": a prefix from three letters on.
  if (word.length >= 3) variants.push(`${term}*`);
  // One edit for words of four letters or more ("estnia" finds "Estonia"), two from eight.
  if (word.length >= 4) variants.push(`${term}~${word.length >= 8 ? 2 : 1}`);
  return `(${variants.join(' OR ')})`;
}

/**
 * User text as a Lucene query: operators and special characters are escaped, never interpreted.
 * Any word may match, as written, as the start of a longer word or with a typo; the whole text as
 * a phrase in a name or alias ranks far higher, so "NATO" finds the alliance before the many
 * entities whose names mention it. Exact names, ids and aliases rank first (search.cypher).
 */
export function toLuceneQuery(text: string): string {
  const words = text.trim().split(/\s+/);
  const terms = words.map(wordQuery);
  // Inside a phrase only the quote and the backslash are special.
  const phrase = words.join(' ').replace(/[\\"]/g, '\\$&');
  return `(${terms.join(' ')}) OR name:"${phrase}"^4 OR searchText:"${phrase}"^6`;
}

/** Without `types`, sources are left out: analysts search for facts, and every title would compete. */
const DEFAULT_LABELS: readonly EntityLabel[] = FACT_LABELS;

export const SEARCH_STATEMENT = SEARCH;

/** Checks a search's arguments (throwing the error that names the bad one) and makes its parameters. */
export function searchParams(text: string, labels: EntityLabel[] | null, first: number | null | undefined) {
  if (!text.trim()) throw badUserInput('text must contain at least one word to search for', 'text');
  if (text.length > 200) throw badUserInput('text must be at most 200 characters', 'text');
  return {
    query: toLuceneQuery(text),
    exact: text.trim().toLowerCase(),
    labels: labels ?? DEFAULT_LABELS,
    first: neo4j.int(checkPageSize(first, 'first', 10)),
  };
}

export async function searchEntities(
  db: Database,
  text: string,
  labels: EntityLabel[] | null,
  first: number | null | undefined,
): Promise<{ score: number; exact: boolean; entity: AnyEntity }[]> {
  const result = await db.read(SEARCH, searchParams(text, labels, first));
  return result.records.map((record) => ({
    score: Number(record.get('score')),
    exact: record.get('exact') === true,
    entity: toEntityRecord({
      ...(record.get('node') as { properties: Record<string, unknown> }).properties,
      label: record.get('label'),
    }),
  }));
}
