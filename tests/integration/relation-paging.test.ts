import { startTestApp, type TestApp } from '../helpers/app';
import { curated, stateNames } from '../helpers/curated';
import { dataOrThrow, edgesOf, GARBLED_CURSORS, walk, type Page } from '../helpers/paging';

/** A paged relation field, how to ask for it, and what identifies one of its edges. */
interface Relation {
  name: string;
  query: string;
  connection: (data: any) => Page;
  identity: (edge: any) => string;
}

const relation = (name: string, parent: string, field: string, args: string, edge: string): Relation => ({
  name,
  query: `query ($first: Int, $after: String) {
    p: ${parent} { c: ${field}(${args}first: $first, after: $after) { totalCount edges { cursor ${edge} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
  }`,
  connection: (data) => data.p.c,
  identity: (e) => JSON.stringify({ ...e, cursor: undefined }),
});

const RELATIONS: Relation[] = [
  // The Arab League has states with three periods each (SYR, LBY): ties on the sort key.
  relation('Alliance.members', 'alliance(id: "arab-league")', 'members', '', 'node { id name } from until role founding'),
  relation('Alliance.members(asOf)', 'alliance(id: "nato")', 'members', 'asOf: "2024-03-07", ', 'node { id name } from'),
  relation('State.memberships', 'state(id: "SYR")', 'memberships', '', 'node { id name } from until role'),
  relation('State.treaties', 'state(id: "USA")', 'treaties', '', 'node { id name } signed from until'),
  relation('Treaty.parties', 'treaty(id: "north-atlantic-treaty")', 'parties', '', 'node { id name } signed from'),
  relation(
    'Conflict.participants',
    'conflict(id: "korean-war")',
    'participants',
    '',
    'node { ... on State { id name } ... on Alliance { id name } } side role from until',
  ),
];

describe('relation fields paged with after', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const page = (r: Relation, first: number, after: string | null): Promise<Page> =>
    dataOrThrow(app, r.query, { first, after }).then(r.connection);

  describe.each(RELATIONS)('$name', (r) => {
    let unpaged: Page;
    beforeAll(async () => {
      unpaged = await page(r, 100, null);
    });

    it('lists every edge in one page, in name order', () => {
      expect(unpaged.totalCount).toBeGreaterThan(3);
      expect(unpaged.edges).toHaveLength(unpaged.totalCount as number);
      expect(unpaged.pageInfo.hasNextPage).toBe(false);
      const names = unpaged.edges.map((e) => e.node.name.toLowerCase());
      expect(names).toEqual([...names].sort());
    });

    it.each([1, 2, 5])('walks to exactly the unpaged list %i at a time', async (size) => {
      const pages = await walk((after) => page(r, size, after), 'forward');
      expect(edgesOf(pages, 'forward').map(r.identity)).toEqual(unpaged.edges.map(r.identity));
      expect(pages).toHaveLength(Math.ceil((unpaged.totalCount as number) / size));
      expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
      for (const p of pages) expect(p.totalCount).toBe(unpaged.totalCount);
    });

    it('has no next page after the last edge, and an empty page there', async () => {
      const last = unpaged.edges[unpaged.edges.length - 1].cursor as string;
      const beyond = await page(r, 5, last);
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo.hasNextPage).toBe(false);
      const lastTwo = await page(r, 1, unpaged.edges[unpaged.edges.length - 2].cursor);
      expect(lastTwo.edges.map(r.identity)).toEqual([r.identity(unpaged.edges[unpaged.edges.length - 1])]);
      expect(lastTwo.pageInfo.hasNextPage).toBe(false);
    });
  });

  it('knows the Arab League’s periods from data/, with their roles', async () => {
    const names = stateNames();
    const rows = (curated('alliances/arab-league.yaml').members as any[]).map((m) => ({
      id: m.state,
      name: names.get(m.state),
      from: m.from,
      until: m.until ?? null,
      role: m.role ?? 'MEMBER',
      founding: m.founding ?? false,
    }));
    const edges = (await page(RELATIONS[0] as Relation, 100, null)).edges.map((e) => ({
      ...e.node,
      ...e,
      node: undefined,
      cursor: undefined,
    }));
    const byKey = (a: any, b: any) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(edges)).sort(byKey)).toEqual(rows.sort(byKey));
  });

  describe('refuses a cursor it did not make, naming the argument', () => {
    const MEMBERS = 'query ($after: String) { alliance(id: "nato") { members(first: 3, after: $after) { totalCount } } }';

    it.each(GARBLED_CURSORS)('%s', async (_what, after) => {
      const { status, body } = await app.gql(MEMBERS, { after });
      expect(status).not.toBe(500);
      expect(body.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
      ]);
      expect(body.errors?.[0]?.message).toMatch(/after/);
    });

    it.each([
      [
        'the states list',
        '{ states(first: 1, filter: { nameContains: "france" }) { pageInfo { endCursor } } }',
        (d: any) => d.states,
      ],
      [
        'State.memberships',
        '{ state(id: "FRA") { memberships(first: 1) { pageInfo { endCursor } } } }',
        (d: any) => d.state.memberships,
      ],
      [
        'Treaty.parties',
        '{ treaty(id: "north-atlantic-treaty") { parties(first: 1) { pageInfo { endCursor } } } }',
        (d: any) => d.treaty.parties,
      ],
    ])('a cursor from %s', async (_what, query, connection) => {
      const after = connection(await dataOrThrow(app, query)).pageInfo.endCursor;
      expect(after).toEqual(expect.any(String));
      const { status, body } = await app.gql(MEMBERS, { after });
      expect(status).not.toBe(500);
      expect(body.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
      ]);
    });
  });
});
