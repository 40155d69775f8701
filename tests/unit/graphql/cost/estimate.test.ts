import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { estimateQuery, UNPAGED_LIST_SIZE } from '../../../../src/graphql/cost/estimate';
import { loadTypeDefs } from '../../../../src/graphql/schema';

const schema = buildSchema(loadTypeDefs().join('\n'));

function estimate(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root = operation?.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return estimateQuery(schema, root!, operation!.selectionSet, fragments, variables);
}

const NESTED = `query ($n: Int) { alliance(id: "nato") { members(first: $n) { edges { node { id memberships(first: $n) { edges { node { id } } } } } } } }`;

describe('the cost model', () => {
  it('counts each field once per object it is asked of, through first on connections', () => {
    // alliance, members and edges once each; node and id once for each of the 20 edges.
    expect(estimate('{ alliance(id: "nato") { members(first: 20) { edges { node { id } } } } }').cost).toBe(43);
  });

  it('prices first at the value of its variable, and the default page when it is not given', () => {
    // alliance, members, edges once; per member edge (n): node, id, memberships and its edges;
    // per membership edge (n²): node, id.
    const cost = (n: number) => 3 + 4 * n + 2 * n * n;
    expect(estimate(NESTED, { n: 100 }).cost).toBe(cost(100));
    expect(estimate(NESTED, { n: 3 }).cost).toBe(cost(3));
    // The schema's default page for members and memberships is 50.
    expect(estimate(NESTED, {}).cost).toBe(cost(50));
  });

  it('counts a fragment every time it is spread, and honours @skip and @include', () => {
    const once = estimate('{ state(id: "EST") { ...F } } fragment F on State { id name }').cost;
    const twice = estimate('{ a: state(id: "EST") { ...F } b: state(id: "LVA") { ...F } } fragment F on State { id name }');
    expect(twice.cost).toBe(2 * once);
    expect(twice.aliases).toBe(2);
    const skipped = estimate('query ($s: Boolean!) { state(id: "EST") { id name @skip(if: $s) } }', { s: true });
    expect(skipped.cost).toBe(2);
    expect(skipped.directives).toBe(1);
  });

  it('counts __typename and its aliases like any field', () => {
    const aliased = estimate('{ a: __typename b: __typename c: __typename }');
    expect(aliased).toMatchObject({ cost: 3, aliases: 3 });
  });

  it('prices lists without paging at a few entries each', () => {
    expect(estimate('{ state(id: "EST") { sources { id title } } }').cost).toBe(2 + 2 * UNPAGED_LIST_SIZE);
  });

  it('prices introspection at the size of the schema it returns, once per __schema', () => {
    const one = estimate(getIntrospectionQuery()).cost;
    expect(one).toBeGreaterThan(500);
    const fifteen = estimate(`{ ${Array.from({ length: 15 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`);
    expect(fifteen.cost).toBe(15 * estimate('{ __schema { types { name } } }').cost);
  });

  it('measures depth from the root field, fragments adding none of their own', () => {
    expect(estimate('{ state(id: "EST") { ... on State { sources { id } } } }').depth).toBe(3);
  });
});
