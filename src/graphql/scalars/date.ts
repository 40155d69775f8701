import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_EXPECTATION, parseIsoDate, type IsoDate } from '../../dates';
import { ErrorCode } from '../../shared/error-codes';

function check(value: unknown): IsoDate {
  if (typeof value !== 'string' || !parseIsoDate(value)) {
    throw new GraphQLError(`Date must be ${DATE_EXPECTATION}; got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<IsoDate, IsoDate>({
  name: 'Date',
  description: `A calendar date: ${DATE_EXPECTATION}.`,
  serialize: (value) => check(value),
  parseValue: (value) => check(value),
  // Inline string literals are checked by DateLiteralsRule, which can name the argument; this
  // only refuses literals that are not strings at all.
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(`Date must be a string: ${DATE_EXPECTATION}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return ast.value;
  },
});
