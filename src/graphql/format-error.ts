import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import type { Config } from '../config';
import { ErrorCode } from '../shared/error-codes';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js ends a message with one sentence of suggestions, " Did you mean …?", listing quoted
// names (jsutils/didYouMean.js; ScalarLeafsRule writes its own), so it never holds a "?" of its own.
// Apollo strips them from validation errors only; a variable's ("Did you mean the enum value …?"),
// which graphql-js builds while executing, is left to this. (graphql-armor's suggestion blocking
// did less and cost a plugin call on every request: it is no longer used.)
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Apollo's formatError. Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; an invalid
 * argument value is the client's input, so it keeps the BAD_USER_INPUT its rule gave it. Nothing
 * internal leaks: stack traces are off, errors without a code are masked, and with
 * GRAPHQL_HIDE_SUGGESTIONS no message names a field, type or value the client did not.
 */
export function createFormatError(settings: Pick<Config['graphql'], 'hideSuggestions'>): FormatError {
  return (formatted, error) => {
    const answer = format(formatted, error);
    return settings.hideSuggestions ? { ...answer, message: withoutSuggestions(answer.message) } : answer;
  };
}

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

function format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
