import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/error-codes';

/**
 * Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; an invalid argument value is
 * the client's input, so it keeps the BAD_USER_INPUT its rule gave it. Nothing internal leaks:
 * stack traces are off, and errors without a code are masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT) {
    return { ...formatted, extensions: { ...formatted.extensions, ...original.extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  return formatted;
}
