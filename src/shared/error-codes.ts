import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` Entente answers with, in one place (the README lists them): clients act
 * on the code, the message says what to do.
 */
export const ErrorCode = {
  /** An argument or input is wrong; `extensions.argument` or `fields` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An id in the arguments names nothing; `extensions` has `argument`, `id` and the `closest` entities. */
  NOT_FOUND: 'NOT_FOUND',
  /** The body is not JSON. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body is not UTF-8. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The body is over GRAPHQL_BODY_LIMIT. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The document breaks a rule of the schema, or the token limit. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** Fields nested deeper than GRAPHQL_MAX_DEPTH (HTTP 400); `extensions` has `depth` and `limit`. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** Cost, aliases or directives over their limit (HTTP 400); `extensions` has the count and `limit`. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Every slot for expensive queries is taken (HTTP 503 with Retry-After). */
  SERVER_BUSY: 'SERVER_BUSY',
  /** The answer would be larger than GRAPHQL_RESPONSE_LIMIT (HTTP 400). */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** No token, or a token that does not verify. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A token without the role the operation needs. */
  FORBIDDEN: 'FORBIDDEN',
  /** A write's expectedVersion is not the current one. */
  CONFLICT: 'CONFLICT',
  /** A statement passed its time limit, or the request its deadline (REQUEST_DEADLINE_MS). */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** A statement passed Neo4j's memory limit for one transaction. */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** Neo4j does not answer (HTTP 503 with Retry-After). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Anything unexpected; details go to the log, never to the client. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A bad argument: the message says what was expected, `argument` names it. */
export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}
