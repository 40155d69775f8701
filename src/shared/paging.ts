import { badUserInput } from './error-codes';

/** The most rows any list returns in one page; documented in the README. */
export const MAX_PAGE = 100;

/** A root list's page when the client gives neither `first` nor `last`. */
export const DEFAULT_LIST_PAGE = 20;

/** `first` (or `last`) must be 0…MAX_PAGE: a larger page is a clear error, never silently cut. */
export function checkPageSize(value: number | null | undefined, argument: string, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
    throw badUserInput(`${argument} must be between 0 and ${MAX_PAGE}, got ${value}`, argument);
  }
  return value;
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
