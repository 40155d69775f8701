import {
  getVariableValues,
  Kind,
  parse,
  print,
  validate,
  visit,
  type ArgumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { countTokens } from '../../../src/graphql/token-limit';
import {
  generateQueries,
  readSchema,
  refusals,
  ROOT_FIELDS,
  serviceLimits,
  type GeneratedQuery,
} from '../../helpers/generate-queries';

/** The generator behind the planner-equivalence test: it must stay reproducible, valid, and varied. */
describe('the query generator', () => {
  const schema = readSchema();
  const limits = serviceLimits();
  const corpus = generateQueries(schema, 300, 20240601);

  it('gives the same queries for the same seed, and others for another', () => {
    expect(generateQueries(schema, 40, 7)).toEqual(generateQueries(schema, 40, 7));
    const other = new Set(generateQueries(schema, 40, 8).map((q) => q.query));
    const same = generateQueries(schema, 40, 7).filter((q) => other.has(q.query));
    expect(same.length).toBeLessThan(4);
  });

  it('writes only queries the schema validates and the service accepts, with variables that fit their definitions', () => {
    for (const { query, variables } of corpus) {
      const document = parse(query);
      expect(validate(schema, document)).toEqual([]);
      expect(refusals(schema, query, limits)).toEqual([]);
      expect(countTokens(query, limits.maxTokens)).toBeLessThanOrEqual(limits.maxTokens);
      const operation = document.definitions[0] as OperationDefinitionNode;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      expect(coerced.errors ?? []).toEqual([]);
    }
  });

  it('covers what a compiler of selections must get right, in numbers a degenerate generator would miss', () => {
    const seen = new Map(corpus.map((q) => [q, features(q)]));
    const count = (keep: (q: GeneratedQuery) => boolean) => corpus.filter(keep).length;
    const has = (feature: string) => (q: GeneratedQuery) => seen.get(q)!.has(feature);

    // The features seen fewer times than `least`, with their counts, so a failure names them.
    const rare = (names: string[], least: number) =>
      names.map((n) => [n, count(has(n))]).filter(([, n]) => (n as number) < least);
    expect(
      rare(
        ROOT_FIELDS.map((root) => `root ${root}`),
        5,
      ),
    ).toEqual([]);
    expect(
      rare(
        ['Node', 'Entity', 'Actor', 'State', 'Alliance', 'Treaty', 'Conflict'].map((t) => `on ${t}`),
        5,
      ),
    ).toEqual([]);
    const nestedArguments = ['asOf', 'role', 'side', 'first', 'after', 'filter', 'orderBy', 'types', 'via', 'last'];
    expect(
      rare(
        nestedArguments.map((a) => `argument ${a}`),
        3,
      ),
    ).toEqual([]);
    expect(count(has('alias'))).toBeGreaterThanOrEqual(100);
    expect(count(has('same field, other arguments'))).toBeGreaterThanOrEqual(20);
    expect(count(has('named fragment'))).toBeGreaterThanOrEqual(30);
    expect(count(has('fragment spread twice'))).toBeGreaterThanOrEqual(5);
    expect(count(has('@skip'))).toBeGreaterThanOrEqual(10);
    expect(count(has('@include'))).toBeGreaterThanOrEqual(10);
    expect(count(has('variable'))).toBeGreaterThanOrEqual(100);
    expect(count(has('variable with default'))).toBeGreaterThanOrEqual(20);
    expect(count(has('variable left unset'))).toBeGreaterThanOrEqual(5);
    expect(count(has('__typename'))).toBeGreaterThanOrEqual(30);
    expect(count((q) => q.depth >= 4)).toBeGreaterThanOrEqual(0.35 * corpus.length);
    expect(count((q) => q.depth >= 5)).toBeGreaterThanOrEqual(0.15 * corpus.length);
    expect(count((q) => q.bad)).toBeGreaterThanOrEqual(0.02 * corpus.length);
    expect(count((q) => q.bad)).toBeLessThanOrEqual(0.1 * corpus.length);
  });
});

/** What a query's text uses, by name: the generator's own account is not trusted. */
function features(q: GeneratedQuery): Set<string> {
  const document = parse(q.query);
  const found = new Set<string>();
  const operation = document.definitions[0] as OperationDefinitionNode;
  for (const s of operation.selectionSet.selections) if (s.kind === Kind.FIELD) found.add(`root ${s.name.value}`);
  const spreads = new Map<string, number>();
  visit(document, {
    Field(node) {
      if (node.alias) found.add('alias');
      if (node.name.value === '__typename') found.add('__typename');
      for (const a of node.arguments ?? []) found.add(`argument ${a.name.value}`);
    },
    SelectionSet(node) {
      if (sameFieldOtherArguments(node)) found.add('same field, other arguments');
    },
    InlineFragment(node) {
      if (node.typeCondition) found.add(`on ${node.typeCondition.name.value}`);
    },
    FragmentDefinition(node) {
      found.add('named fragment');
      found.add(`on ${node.typeCondition.name.value}`);
    },
    FragmentSpread(node) {
      spreads.set(node.name.value, (spreads.get(node.name.value) ?? 0) + 1);
    },
    Directive(node) {
      found.add(`@${node.name.value}`);
    },
    VariableDefinition(node) {
      found.add('variable');
      if (node.defaultValue) found.add('variable with default');
      else if (node.type.kind !== Kind.NON_NULL_TYPE && !(node.variable.name.value in q.variables))
        found.add('variable left unset');
    },
  });
  if ([...spreads.values()].some((n) => n > 1)) found.add('fragment spread twice');
  return found;
}

function sameFieldOtherArguments(set: SelectionSetNode): boolean {
  const byName = new Map<string, string>();
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD || !s.alias || !s.arguments?.length) continue;
    const args = s.arguments.map((a: ArgumentNode) => print(a)).join();
    if (byName.has(s.name.value) && byName.get(s.name.value) !== args) return true;
    byName.set(s.name.value, args);
  }
  return false;
}
