import type { GraphQLResolveInfo } from 'graphql';
import { selectsSubfield } from '../../../src/graphql/selection';
import { rootSelection } from '../../helpers/selection';

/** The resolve info of the first root field of `query`, as graphql-js would pass it. */
function infoOf(query: string): GraphQLResolveInfo {
  const { ctx, root } = rootSelection(query);
  return { fieldNodes: [root], fragments: ctx.fragments } as unknown as GraphQLResolveInfo;
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
