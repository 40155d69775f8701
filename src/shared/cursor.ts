import { badUserInput } from './error-codes';

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
