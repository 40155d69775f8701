import { Kind, OperationTypeNode, parse } from 'graphql';
import { curatedScenarios, syntheticScenarios } from '../../../bench/scenarios';
import { loadPlaygroundExamples } from '../../../src/http/playground';
import { startTestApp, type TestApp } from '../../helpers/app';
import { generateQueries, readSchema, type GeneratedQuery } from '../../helpers/generate-queries';

/**
 * The read planner (READ_PLANNER) compiles a root field's selection into one Cypher statement;
 * without it every relation loads through its DataLoader. It must change no answer: the same
 * request gets the same status, data and errors, to the byte, from an app with it and one without,
 * over the same database. PLANNER_EQUIVALENCE_SEED replays (or explores) another generated corpus.
 */
const SEED = Number(process.env.PLANNER_EQUIVALENCE_SEED ?? 20240601);
const GENERATED = 300;
/** Requests in flight per app: enough to overlap round trips, few enough for a 2-core machine. */
const CONCURRENCY = 4;

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

interface Outcome {
  case: Case;
  off: string;
  on: string;
  body: { data?: unknown; errors?: unknown[] };
}

describe('the read planner changes no answer', () => {
  let off: TestApp;
  let on: TestApp;
  let generated: GeneratedQuery[];
  beforeAll(async () => {
    // Generated first: it keeps the event loop busy for a second or more, during which the servers
    // would close the client's idle keep-alive sockets under it (ECONNRESET on the next request).
    generated = generateQueries(readSchema(), GENERATED, SEED);
    [off, on] = await Promise.all([startTestApp({ READ_PLANNER: 'false' }), startTestApp({ READ_PLANNER: 'true' })]);
  });
  afterAll(() => Promise.all([off?.close(), on?.close()]));

  /** The whole response as text: the status and the body, in the key order the server wrote. */
  async function answer(app: TestApp, c: Case): Promise<{ text: string; body: Outcome['body'] }> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: c.query, variables: c.variables, operationName: c.operationName }),
    });
    const body = (await response.json()) as Outcome['body'];
    return { text: JSON.stringify({ status: response.status, body }), body };
  }

  /** Each case asked of both apps, a few cases at a time. */
  async function compare(cases: Case[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(cases.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i]!;
        const [a, b] = await Promise.all([answer(off, c), answer(on, c)]);
        outcomes[i] = { case: c, off: a.text, on: b.text, body: a.body };
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return outcomes;
  }

  function expectSame(outcomes: Outcome[]): void {
    const differing = outcomes.filter((o) => o.off !== o.on);
    if (differing.length === 0) return;
    const shown = differing
      .slice(0, 3)
      .map(
        (o) =>
          `--- ${o.case.name}\n${o.case.query}\nvariables: ${JSON.stringify(o.case.variables ?? {})}\n` +
          `first difference: ${firstDifference(JSON.parse(o.off), JSON.parse(o.on), '$')}`,
      );
    throw new Error(
      `${differing.length} of ${outcomes.length} answers differ with the planner on (seed ${SEED}):\n${shown.join('\n\n')}`,
    );
  }

  it('runs one app without the planner and one with it', () => {
    expect(off.config.readPlanner).toBe(false);
    expect(on.config.readPlanner).toBe(true);
  });

  it('answers every bench operation the same', async () => {
    // The synthetic scenarios' ids are not in the curated data: they check empty and null answers.
    const cases = [...curatedScenarios(), ...syntheticScenarios()].map((s) => ({
      name: `bench ${s.name}`,
      query: s.query,
      variables: s.variables,
    }));
    expectSame(await compare(cases));
  });

  it('answers every playground example the same, each operation on its own', async () => {
    const cases = loadPlaygroundExamples().flatMap(({ name, query, variables }) =>
      parse(query)
        .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY)
        .map((d) => {
          const operationName = d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined;
          return { name: `playground ${name} ${operationName}`, query, operationName, variables };
        }),
    );
    expect(cases.length).toBeGreaterThanOrEqual(7);
    expectSame(await compare(cases));
  });

  it('answers one document asked again with other variables as it answers it the first time, in one statement', async () => {
    // The planner keeps a plan by field node and variables (src/read/root.ts): a plan made for one
    // date, page or list order must never answer another. A relation planned with other arguments
    // would still be answered right, by its loader, so the statements run are counted too.
    const { query } = curatedScenarios().find((s) => s.name === 'nested-four-levels')!;
    const dated = (asOf: string, first: number, parties: number) => ({ id: 'nato', asOf, first, parties });
    const variableSets = [dated('2024-06-01', 50, 10), dated('1990-01-01', 5, 2), dated('1955-06-01', 20, 3)];
    const lists =
      'query ($n: Int, $order: EntityOrder) { alliances(first: $n, orderBy: $order) { totalCount edges { cursor node { id } } } }';
    const byName = { n: 3, order: { field: 'NAME', direction: 'ASC' } };
    const byDate = { n: 3, order: { field: 'DATE', direction: 'DESC' } };
    const cases = [1, 2].flatMap((round) => [
      ...variableSets.map((variables, i) => ({ name: `nested, variables ${i + 1}, round ${round}`, query, variables })),
      { name: `list by name, round ${round}`, query: lists, variables: byName },
      { name: `list by date, newest first, round ${round}`, query: lists, variables: byDate },
    ]);
    const outcomes: Outcome[] = [];
    const statements: string[][] = [];
    for (const c of cases) {
      const names: string[] = [];
      const stop = on.db.onQuery((name) => names.push(name));
      outcomes.push(...(await compare([c])));
      stop();
      statements.push(names);
    }
    expectSame(outcomes);
    expect(statements).toEqual(cases.map((c) => [c.query === lists ? 'read/alliances' : 'read/alliance']));
    // Not vacuous: the three dates and the two orders answer differently, without errors.
    expect(outcomes.every((o) => o.body.data && !o.body.errors)).toBe(true);
    expect(new Set(outcomes.slice(0, 3).map((o) => o.on)).size).toBe(3);
    expect(outcomes[3]!.on).not.toBe(outcomes[4]!.on);
  });

  describe(`${GENERATED} generated queries (seed ${SEED})`, () => {
    let outcomes: Outcome[];
    beforeAll(async () => {
      outcomes = await compare(
        generated.map((g, i) => ({ name: `generated #${i + 1}`, query: g.query, variables: g.variables })),
      );
    }, 120_000);

    it('are answered the same', () => expectSame(outcomes));

    it('are answered, mostly with data, some deeply nested: the comparison is not vacuous', () => {
      const clean = outcomes.filter((o) => o.body.data && !o.body.errors);
      const deep = outcomes.filter((o) => nestedLists(o.body.data) >= 3);
      expect(clean.length).toBeGreaterThanOrEqual(0.8 * outcomes.length);
      expect(deep.length).toBeGreaterThanOrEqual(0.1 * outcomes.length);
      // The refusals are compared too: some queries are meant to fail, and do.
      expect(outcomes.filter((o, i) => generated[i]!.bad && o.body.errors).length).toBeGreaterThan(0);
    });
  });
});

/** The most non-empty lists nested along one path of an answer (members → memberships → treaties is 3). */
function nestedLists(value: unknown): number {
  if (Array.isArray(value)) return value.length === 0 ? 0 : 1 + Math.max(...value.map(nestedLists));
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(nestedLists));
  return 0;
}

/** Where two answers first part, as a path and the two values there (key order counts: the bytes must match). */
function firstDifference(a: unknown, b: unknown, path: string): string {
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 200);
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
  if (!Array.isArray(a) && keysA.join() !== keysB.join()) return `${path}: keys ${show(keysA)} ≠ ${show(keysB)}`;
  for (const key of keysA.filter((k) => k in b)) {
    const inner = firstDifference((a as any)[key], (b as any)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (inner) return inner;
  }
  if (Array.isArray(a) && Array.isArray(b)) return `${path}: ${a.length} items ≠ ${b.length} items`;
  return `${path}: ${show(a)} ≠ ${show(b)}`;
}
