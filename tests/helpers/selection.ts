import { buildSchema, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';
import type { SelectionContext } from '../../src/read/plan';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The first root field of `query` and what the planner needs to read it, as a resolver would see them. */
export function rootSelection(
  query: string,
  variables: Record<string, unknown> = {},
): { ctx: SelectionContext; root: FieldNode } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return { ctx: { schema, fragments, variables }, root: operation?.selectionSet.selections[0] as FieldNode };
}
