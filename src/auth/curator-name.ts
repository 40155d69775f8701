/** Code points: the audit record names its curator, and a name that fills a screen names no one. */
export const MAX_CURATOR_NAME = 200;

// Controls (category Cc: C0, DEL, C1), the line and paragraph separators, and the bidirectional
// overrides and isolates: each makes a name in a log line or an audit listing read as something else.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * What is wrong with `name` as the curator a token speaks for, or undefined when it will do: the
 * audit trail stores it as given, so it is checked, never cleaned. Worded to follow "its sub claim".
 */
export function curatorNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'must name the curator';
  if (name !== name.trim()) return 'must not begin or end with spaces';
  const length = [...name].length;
  if (length > MAX_CURATOR_NAME) return `must be at most ${MAX_CURATOR_NAME} characters, got ${length}`;
  if (UNPRINTABLE.test(name)) return 'must not contain control, line-separator or bidirectional-override characters';
  return undefined;
}
