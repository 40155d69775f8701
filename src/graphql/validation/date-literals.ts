import { GraphQLError, getNamedType, type ValidationContext, type ASTVisitor } from 'graphql';
import { DATE_EXPECTATION, parseIsoDate } from '../../dates';
import { ErrorCode } from '../../shared/error-codes';

/** Rejects an invalid inline Date with a message that names the argument (and input field) it was given for. */
export function DateLiteralsRule(context: ValidationContext): ASTVisitor {
  const inputFields: string[] = [];
  return {
    ObjectField: {
      enter: (node) => void inputFields.push(node.name.value),
      leave: () => void inputFields.pop(),
    },
    StringValue(node) {
      const type = context.getInputType();
      if (!type || getNamedType(type).name !== 'Date' || parseIsoDate(node.value)) return;
      const argument = context.getArgument()?.name ?? 'value';
      const where = [argument, ...inputFields].join('.');
      context.reportError(
        new GraphQLError(`Argument "${where}" must be ${DATE_EXPECTATION}; got "${node.value}"`, {
          nodes: node,
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: where },
        }),
      );
    },
  };
}
