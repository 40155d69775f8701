import { SLUG_ID, STATE_ID } from '../shared/ids';
import type { InputProblems } from './problems';

/** Bounds on what curators may store; a longer value is refused, never cut. */
export const LIMITS = {
  id: 100,
  name: 300,
  alias: 300,
  aliases: 50,
  notes: 10_000,
  url: 2_000,
  kind: 100,
  side: 200,
  sourceIds: 50,
  obligations: 10,
  idempotencyKey: 200,
} as const;

// C0 and C1 controls, and the bidirectional overrides that make text read differently from what
// it holds. Multi-line fields keep tab and newline.
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Trims a curator's text and checks it: not empty, not longer than `max` characters (code points,
 * so an emoji counts once), no control characters. Undefined (not given) and null (clear it) pass
 * through; a bad value is reported and returned as undefined so that nothing uses it.
 */
export function cleanText(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
  max: number,
  multiLine = false,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = multiLine ? value.replace(/\r\n?/g, '\n').trim() : value.trim();
  const length = [...text].length;
  if (length === 0) problems.add(field, 'must not be empty (send null to clear it)');
  else if (length > max) problems.add(field, `must be at most ${max} characters, got ${length}`);
  else if ((multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(text))
    problems.add(field, 'must not contain control characters');
  else return text;
  return undefined;
}

export function cleanTextList(
  problems: InputProblems,
  field: string,
  values: string[] | null | undefined,
  maxItems: number,
  maxLength: number,
): string[] | undefined {
  if (values === undefined) return undefined;
  if (values === null) return [];
  if (values.length > maxItems) problems.add(field, `must have at most ${maxItems} entries, got ${values.length}`);
  const cleaned = values.map((v, i) => cleanText(problems, `${field}[${i}]`, v, maxLength));
  return cleaned.every((v): v is string => typeof v === 'string') ? [...new Set(cleaned)] : undefined;
}

/** The loader's id rules: states ISO alpha-3 or kebab-case, everything else kebab-case. */
export function checkNewId(problems: InputProblems, field: string, id: string, forState: boolean): void {
  if (id.length > LIMITS.id) problems.add(field, `must be at most ${LIMITS.id} characters`);
  else if (!(forState ? STATE_ID : SLUG_ID).test(id)) {
    problems.add(
      field,
      `"${id}" is not a valid id: expected ${forState ? 'ISO 3166-1 alpha-3 (FRA) or kebab-case (ottoman-empire)' : 'kebab-case, such as north-atlantic-treaty'}`,
    );
  }
}

/** Sources of a write: at least one, each a plausible id (whether they exist is checked in the database). */
export function cleanSourceIds(problems: InputProblems, field: string, ids: string[]): string[] {
  if (ids.length === 0) problems.add(field, 'must name at least one source');
  if (ids.length > LIMITS.sourceIds) problems.add(field, `must have at most ${LIMITS.sourceIds} entries`);
  ids.forEach((id, i) => {
    if (id.length === 0 || id.length > LIMITS.id) problems.add(`${field}[${i}]`, `must be 1 to ${LIMITS.id} characters`);
  });
  return [...new Set(ids)];
}
