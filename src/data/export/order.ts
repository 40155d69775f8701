import type { Props } from './graph';

/** Sources created through the API have no file of their own: they are gathered here. */
export const DEFAULT_SOURCE_FILE = 'sources/curated.yaml';
const SOURCE_FILE = /^sources\/[a-z0-9][a-z0-9._-]*\.yaml$/;

/** The sources file a source came from, if it names one the loader reads; else the default file. */
export function sourceFileOf(props: Props): string {
  const file = props.dataFile;
  return typeof file === 'string' && SOURCE_FILE.test(file) ? file : DEFAULT_SOURCE_FILE;
}

/**
 * Rows the loader placed come first, in their position in the file; rows created through the API
 * follow, by id. The tie-breaks only make the order total, so that every export of one graph is
 * the same byte for byte.
 */
export function byPlacement(a: { order: unknown; key: string }, b: { order: unknown; key: string }): number {
  const rank = (order: unknown): number => (typeof order === 'number' ? order : Number.POSITIVE_INFINITY);
  return rank(a.order) - rank(b.order) || compareText(a.key, b.key);
}

/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
