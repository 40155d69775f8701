import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/** Counts lexical tokens, stopping one past the limit so a huge document costs no more than a legal one. */
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

/**
 * Refuses documents of more than `maxTokens` tokens before Apollo parses them. graphql-armor's own
 * token limit throws inside Apollo's parsing hook, which Apollo answers with 500 as if the server
 * had failed; a document refused for its size is the client's error, so this answers 400.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query =
      typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : undefined;
    if (query === undefined || countTokens(query, maxTokens) <= maxTokens) {
      next();
      return;
    }
    res.status(400).json({
      errors: [
        {
          message: `Token limit of ${maxTokens} exceeded: send a smaller document`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  };
}
