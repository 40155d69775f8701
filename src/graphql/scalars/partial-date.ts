import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { readCuratedDate } from '../../data/dates';
import { ErrorCode } from '../../shared/error-codes';

const EXPECTATION = 'a date as YYYY-MM-DD, YYYY-MM or YYYY (BCE years negative, e.g. -0480)';

function check(value: unknown): string {
  if (typeof value !== 'string' || !readCuratedDate(value)) {
    throw new GraphQLError(`PartialDate must be ${EXPECTATION}; got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value.trim();
}

/** Curators' dates, read exactly as the data files read them, so that what the API writes exports back. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: `A date as curators know it: ${EXPECTATION}.`,
  serialize: check,
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(`PartialDate must be a string: ${EXPECTATION}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return check(ast.value);
  },
});
