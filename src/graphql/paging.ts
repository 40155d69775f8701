import { GraphQLError } from 'graphql';

/** The most rows any list returns in one page; documented in the README. */
export const MAX_PAGE = 100;

export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** `first` (or `last`) must be 0…MAX_PAGE: a larger page is a clear error, never silently cut. */
export function checkPageSize(value: number | null | undefined, argument: string, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
    throw badUserInput(`${argument} must be between 0 and ${MAX_PAGE}, got ${value}`, argument);
  }
  return value;
}

export interface Cursor {
  key: string;
  id: string;
}

/**
 * A keyset cursor: the sort key and id of a row, so the next page starts strictly after it, and the
 * scope it was made in (the list and its order). A key means nothing in another scope (a name
 * compared with dates, a membership's id with a state's), so such a cursor is refused rather than
 * read as some wrong position.
 */
export function encodeCursor(scope: string, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([scope, cursor.key, cursor.id])).toString('base64url');
}

/** The scope of a relation's cursors: the relationship type, seen from one end. */
export const relationScope = (type: string, direction: 'out' | 'in'): string => `${type}:${direction}`;

export function decodeCursor(text: string | null | undefined, argument: string, scope: string): Cursor | null {
  if (text === null || text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string') && parsed[0] === scope) {
      return { key: parsed[1] as string, id: parsed[2] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`${argument} is not a cursor this list returned`, argument);
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a connection from rows fetched with one more than the page size: the extra row only
 * says there is a next page. `backward` pages were fetched in reverse and are turned round.
 */
export function toConnection<E extends { cursor: string }>(
  rows: E[],
  size: number,
  totalCount: number,
  opts: { backward: boolean; hadCursor: boolean },
): Connection<E> {
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (opts.backward) page.reverse();
  return {
    edges: page,
    totalCount,
    pageInfo: {
      hasNextPage: opts.backward ? opts.hadCursor : more,
      hasPreviousPage: opts.backward ? more : opts.hadCursor,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
  };
}
