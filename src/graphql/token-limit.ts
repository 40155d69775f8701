import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts lexical tokens, stopping one past the limit so a huge document costs no more than a
 * legal one. A limit that throws inside Apollo's parsing hook (graphql-armor's did) is answered
 * with 500 as if the server had failed; the HTTP handler refuses with 400 instead.
 */
export function countTokens(query: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count += 1;
  } catch {
    // A lexical error is reported by the parser, with its location; the count so far stands.
  }
  return count;
}
