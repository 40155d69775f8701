import { startTestApp, type TestApp } from '../helpers/app';
import { dataOrThrow } from '../helpers/paging';

/**
 * An id that names nothing is an error an analyst can tell from a finding: NOT_FOUND, naming the
 * argument and the id, with the closest entities of the kind asked for. State ids take any case.
 */
describe('unknown ids in the arguments of analysts’ queries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const notFound = async (query: string) => {
    const { body } = await app.gql(query);
    expect(body.data?.[Object.keys(body.data ?? {})[0] as string] ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors?.[0] as { message: string; extensions: Record<string, any> };
  };

  it.each([
    ['shortestPath', '{ shortestPath(from: "POL", to: "ATLANTIS") { length } }', 'to', 'ATLANTIS'],
    ['paths', '{ paths(from: "ATLANTIS", to: "KOR") { length } }', 'from', 'ATLANTIS'],
    ['neighbourhood', '{ neighbourhood(id: "nope") { truncated } }', 'id', 'nope'],
    ['defenders', '{ defenders(of: "ATLANTIS") { state { id } } }', 'of', 'ATLANTIS'],
    ['commonAllies', '{ commonAllies(a: "USA", b: "XYZ") { id } }', 'b', 'XYZ'],
    ['entanglement', '{ entanglement(conflict: "nope") { length } }', 'conflict', 'nope'],
  ])('%s names the argument and the id', async (_field, query, argument, id) => {
    const error = await notFound(query);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument, id });
    expect(error.message).toContain(`"${id}"`);
    expect(error.extensions.closest.length).toBeGreaterThan(0);
  });

  it('offers the closest entities of the kind asked for, nearest first', async () => {
    const error = await notFound('{ defenders(of: "Estnia") { state { id } } }');
    expect(error.extensions.closest[0]).toEqual({ id: 'EST', name: 'Estonia', kind: 'State' });
    expect(error.extensions.closest.every((c: { kind: string }) => c.kind === 'State')).toBe(true);
  });

  it('refuses an id of the wrong kind: an alliance is not a state to defend', async () => {
    const error = await notFound('{ defenders(of: "nato") { state { id } } }');
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'of', id: 'nato' });
    expect(error.message).toMatch(/no state has the id "nato"/);
  });

  it('takes a state id in any case, and answers as for the stored id', async () => {
    const lower = await dataOrThrow(app, '{ defenders(of: "est", asOf: "2024-06-01") { state { id } } }');
    const upper = await dataOrThrow(app, '{ defenders(of: "EST", asOf: "2024-06-01") { state { id } } }');
    expect(lower.defenders.length).toBeGreaterThan(0);
    expect(lower).toEqual(upper);
    const path = await dataOrThrow(app, '{ shortestPath(from: "pol", to: "Kor", asOf: "2015-01-01") { nodes { id } } }');
    expect(path.shortestPath.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['POL', 'KOR']));
  });

  it('still answers null for a lookup of an unknown id, as GraphQL clients expect', async () => {
    expect(await dataOrThrow(app, '{ state(id: "ATLANTIS") { id } }')).toEqual({ state: null });
  });
});
