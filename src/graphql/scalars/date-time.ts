import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../../shared/error-codes';

// An offset is required: an instant without one means different moments to different readers.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EXPECTATION = 'an ISO 8601 instant with an offset, such as 2026-11-26T09:30:00Z';

function check(value: unknown): string {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be ${EXPECTATION}; got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: `An instant: ${EXPECTATION}.`,
  serialize: (value) => String(value),
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(`DateTime must be a string: ${EXPECTATION}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return check(ast.value);
  },
});

/** Snapshots are output only: the scalar passes plain JSON values through and accepts none as input. */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSON is output only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
  parseLiteral: () => {
    throw new GraphQLError('JSON is output only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
});
