import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlaygroundExamples } from '../../../../src/http/playground';
import { startTestApp, type TestApp } from '../../../helpers/app';

const root = path.join(__dirname, '..', '..', '..', '..');
const read = (...parts: string[]) => readFileSync(path.join(root, ...parts), 'utf8');

/** What front ends and analysts send: the benchmark's operations with its variables, and the playground's. */
const BENCH_VARIABLES: Record<string, Record<string, unknown>> = {
  'state-by-id': { id: 'EST' },
  'alliance-members-as-of': { id: 'nato', asOf: '2024-06-01', first: 50 },
  'nested-three-levels': { id: 'nato', asOf: '2024-06-01', first: 50 },
  'nested-four-levels': { id: 'nato', asOf: '2024-06-01', first: 50, parties: 10 },
  'alliances-member-counts': { first: 20 },
  'allies-as-of': { id: 'EST', asOf: '2024-06-01' },
  search: { text: 'north atlantic', first: 10 },
  'shortest-path': { from: 'EST', to: 'KOR', asOf: '2024-06-01' },
  paths: { from: 'EST', to: 'KOR', asOf: '2024-06-01', maxHops: 4, first: 10 },
  neighbourhood: { id: 'EST', asOf: '2024-06-01', hops: 2, first: 100 },
};

const FRONT_END_QUERIES: [string, string, Record<string, unknown>][] = [
  ...Object.entries(BENCH_VARIABLES).map(([name, variables]): [string, string, Record<string, unknown>] => [
    `bench ${name}`,
    read('bench', 'operations', `${name}.graphql`),
    variables,
  ]),
  ...loadPlaygroundExamples()
    .filter((example) => !example.name.includes('curate'))
    .map((example): [string, string, Record<string, unknown>] => [
      `playground ${example.name}`,
      example.query,
      example.variables ?? {},
    ]),
  [
    'members with their memberships (issue 10)',
    '{ alliance(id: "nato") { members(first: 20) { totalCount edges { from node { id name memberships(first: 5) { edges { role node { id name } } } } } } } }',
    {},
  ],
  [
    'a page of states with their treaties',
    'query ($after: String) { states(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name treaties(first: 20) { totalCount edges { node { id name } } } } } } }',
    {},
  ],
];

describe('the cost model on the queries front ends send', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(FRONT_END_QUERIES)('%s passes the default limits and reports its cost', async (_name, query, variables) => {
    const { status, body } = await app.gql(query, variables);
    expect(body.errors?.map((e) => e.extensions?.code) ?? []).toEqual([]);
    expect(status).toBe(200);
    const cost = (body as { extensions?: { cost?: { requested: number; limit: number } } }).extensions?.cost;
    expect(cost?.limit).toBe(app.config.graphql.maxCost);
    expect(cost?.requested).toBeGreaterThan(0);
    expect(cost?.requested).toBeLessThanOrEqual(app.config.graphql.maxCost);
  });
});

describe('the pool for expensive queries', () => {
  it('refuses an expensive query with 503 and Retry-After when every slot stays taken, and serves cheap ones meanwhile', async () => {
    // One slot, no waiting: of eight expensive queries sent at once, the ones that find it taken are refused.
    const app = await startTestApp({
      GRAPHQL_EXPENSIVE_COST: '1000',
      GRAPHQL_EXPENSIVE_CONCURRENCY: '1',
      GRAPHQL_EXPENSIVE_WAIT_MS: '0',
    });
    try {
      const expensive = read('bench', 'operations', 'nested-three-levels.graphql');
      const send = () =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: expensive, variables: BENCH_VARIABLES['nested-three-levels'] }),
        });
      const [answers, cheap] = await Promise.all([
        Promise.all(Array.from({ length: 8 }, send)),
        app.gql('{ state(id: "EST") { id } }'),
      ]);
      const refused = answers.filter((answer) => answer.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length).toBeLessThan(8);
      expect(refused[0]?.headers.get('retry-after')).toMatch(/^\d+$/);
      const refusal = (await refused[0]?.json()) as { errors: { extensions: { code: string } }[] };
      expect(refusal.errors[0]?.extensions.code).toBe('SERVER_BUSY');
      expect(answers.filter((answer) => answer.status === 200).length).toBe(8 - refused.length);
      expect(cheap.body.data).toEqual({ state: { id: 'EST' } });
    } finally {
      await app.close();
    }
  });
});
