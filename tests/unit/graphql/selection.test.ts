import {
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectsSubfield } from '../../../src/graphql/selection';

/** The resolve info of the first root field of `query`, as graphql-js would pass it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsSubfield', () => {
  it('sees a subfield written directly, in an inline fragment or in a named fragment', () => {
    expect(selectsSubfield(infoOf('{ members { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsSubfield(infoOf('{ members { ... on X { totalCount } } }'), 'totalCount')).toBe(true);
    expect(
      selectsSubfield(infoOf('{ members { ...F } } fragment F on X { pageInfo { hasNextPage } totalCount }'), 'totalCount'),
    ).toBe(true);
  });

  it('does not see a subfield that is absent or only deeper down', () => {
    expect(selectsSubfield(infoOf('{ members { edges { cursor } } }'), 'totalCount')).toBe(false);
    expect(selectsSubfield(infoOf('{ members { edges { node { memberships { totalCount } } } } }'), 'totalCount')).toBe(false);
  });
});
