import type { TestApp } from './app';

export interface Page<E = any> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

/** The data of a response that must have no errors: a failure shows the errors, not a TypeError later. */
export async function dataOrThrow(app: TestApp, query: string, variables?: Record<string, unknown>): Promise<any> {
  const { status, body } = await app.gql(query, variables);
  if (body.errors || status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Follows endCursor with `after` (or startCursor with `before`) until the page says there is no
 * more, and returns every page in the order fetched. A walk that never ends is a failure, not a hang.
 */
export async function walk(
  fetchPage: (cursor: string | null) => Promise<Page>,
  direction: 'forward' | 'backward',
  maxPages = 400,
): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i += 1) {
    const page = await fetchPage(cursor);
    pages.push(page);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) return pages;
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  throw new Error(`still more after ${maxPages} pages`);
}

/** The edges of a walk in list order: a backward walk's pages come last page first. */
export const edgesOf = (pages: Page[], direction: 'forward' | 'backward'): any[] =>
  (direction === 'forward' ? pages : [...pages].reverse()).flatMap((page) => page.edges);

/** A base64url text that is not one of our cursors, for the refusals. */
export const base64url = (text: string): string => Buffer.from(text).toString('base64url');

export const GARBLED_CURSORS: [string, string][] = [
  ['not base64', 'not a cursor!'],
  ['empty', ''],
  ['base64 of text', base64url('hello')],
  ['base64 of an object', base64url('{"key":"a","id":"b"}')],
  ['base64 of one string', base64url('["a"]')],
  ['base64 of numbers', base64url('[1,2]')],
  ['base64 of three strings', base64url('["a","b","c"]')],
  ['base64 of null', base64url('null')],
];
