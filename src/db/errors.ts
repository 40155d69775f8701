import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Error codes clients can act on; the message says what to do. */
export const ErrorCode = {
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  CONFLICT: 'CONFLICT',
} as const;

/**
 * Turns the Neo4j errors a client can do something about into GraphQL errors with a code; any
 * other error is returned unchanged so that Apollo masks it as INTERNAL_SERVER_ERROR.
 */
export function mapNeo4jError(error: unknown, queryName: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return codedError(
      `The query took longer than the time limit and was stopped: narrow it (fewer hops, a date, a smaller "first")`,
      ErrorCode.QUERY_TIMEOUT,
      queryName,
    );
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code.includes('MemoryLimitExceeded')) {
    return codedError(
      'The query needed more memory than a query may use and was stopped: narrow it',
      ErrorCode.QUERY_TOO_LARGE,
      queryName,
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return codedError('The write conflicts with an existing entity of the same id', ErrorCode.CONFLICT, queryName);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
    return codedError('The database is not answering right now: try again shortly', ErrorCode.DATABASE_UNAVAILABLE, queryName);
  }
  return error;
}

function codedError(message: string, code: string, queryName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, query: queryName } });
}
