import { startTestApp, type TestApp } from '../helpers/app';
import { dataOrThrow, edgesOf, GARBLED_CURSORS, walk, type Page } from '../helpers/paging';

/** Each root list, a filter, and its entity's first date. */
const LISTS = [
  { field: 'states', filter: '{ region: EUROPE }', date: 'from' },
  { field: 'alliances', filter: '{}', date: 'founded' },
  { field: 'treaties', filter: '{}', date: 'signed' },
  { field: 'conflicts', filter: '{}', date: 'started' },
  { field: 'operations', filter: '{}', date: 'started' },
];
const FIELDS = ['NAME', 'ID', 'DATE'] as const;
type Field = (typeof FIELDS)[number];

/** A date as a number that sorts like it, BCE included: -0480-09-20 before -0479-01-01. */
const dateNumber = (date: string | null): number => {
  if (date === null) return -Infinity; // undated entities come first in ascending order
  const [, year, month, day] = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(date) as RegExpExecArray;
  return Number(year) * 10_000 + Number(month) * 100 + Number(day);
};

/** The documented order, computed here from the rows' own fields: the key, then the id. */
const sortKey = (field: Field, node: any): [number | string, string] =>
  field === 'NAME' ? [node.name.toLowerCase(), node.id] : field === 'ID' ? [node.id, ''] : [dateNumber(node.date), node.id];
const compare = (field: Field) => (a: any, b: any) => {
  const [x, y] = [sortKey(field, a), sortKey(field, b)];
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
};

describe('root lists: every order, with cursors both ways', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const query = (
    list: (typeof LISTS)[number],
  ) => `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: EntityOrder) {
    l: ${list.field}(filter: ${list.filter}, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { id name date: ${list.date} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const page = (list: (typeof LISTS)[number], variables: Record<string, unknown>): Promise<Page> =>
    dataOrThrow(app, query(list), variables).then((d) => d.l);
  const ids = (edges: any[]): string[] => edges.map((e) => e.node.id);
  /** The whole list in one order, in pages of 100 (the largest page), with its totalCount. */
  const whole = async (list: (typeof LISTS)[number], orderBy: unknown) => {
    const pages = await walk((after) => page(list, { first: 100, after, orderBy }), 'forward');
    return { totalCount: pages[0]?.totalCount, edges: edgesOf(pages, 'forward') };
  };

  describe.each(LISTS)('$field', (list) => {
    it.each(FIELDS)('orders by %s as documented, DESC the exact reverse of ASC', async (field) => {
      const asc = await whole(list, { field, direction: 'ASC' });
      const desc = await whole(list, { field, direction: 'DESC' });
      expect(asc.totalCount).toBeGreaterThan(5);
      expect(asc.edges).toHaveLength(asc.totalCount as number);
      expect(ids(asc.edges)).toEqual(ids([...asc.edges].sort((a, b) => compare(field)(a.node, b.node))));
      expect(ids(desc.edges)).toEqual(ids(asc.edges).reverse());
    });

    it.each(FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction }))))(
      'walks $field $direction forwards and backwards, 7 at a time, to the unpaged list',
      async (orderBy) => {
        const unpaged = ids((await whole(list, orderBy)).edges);
        const forward = await walk((after) => page(list, { first: 7, after, orderBy }), 'forward');
        const backward = await walk((before) => page(list, { last: 7, before, orderBy }), 'backward');
        expect(ids(edgesOf(forward, 'forward'))).toEqual(unpaged);
        expect(ids(edgesOf(backward, 'backward'))).toEqual(unpaged);
        const pages = Math.ceil(unpaged.length / 7);
        expect(forward.map((p) => p.pageInfo.hasNextPage)).toEqual([...Array(pages - 1).fill(true), false]);
        expect(backward.map((p) => p.pageInfo.hasPreviousPage)).toEqual([...Array(pages - 1).fill(true), false]);
        expect(backward.map((p) => p.pageInfo.hasNextPage)).toEqual(backward.map((_, i) => i > 0));
      },
    );
  });

  it('reads a cursor the same way in either direction: after it, descending, is what came before it ascending', async () => {
    const list = LISTS[1] as (typeof LISTS)[number];
    const asc = await page(list, { first: 100, orderBy: { field: 'NAME', direction: 'ASC' } });
    const after = asc.edges[10].cursor as string;
    const desc = await page(list, { first: 100, after, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(ids(desc.edges)).toEqual(ids(asc.edges.slice(0, 10)).reverse());
  });

  describe('refusals, each naming the argument', () => {
    const refusal = async (q: string, variables: Record<string, unknown>) => {
      const { status, body } = await app.gql(q, variables);
      expect(status).not.toBe(500);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors?.[0] as { message: string; extensions: Record<string, unknown> };
    };
    const STATES =
      'query ($after: String, $before: String, $first: Int, $last: Int, $orderBy: EntityOrder) { states(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { totalCount } }';

    it('first with last: an error naming both', async () => {
      const error = await refusal(STATES, { first: 3, last: 3 });
      expect(error.extensions.argument).toBe('last');
      expect(error.message).toMatch(/first.*last/);
    });

    it('after with before: an error naming both', async () => {
      const cursor = (await page(LISTS[1] as (typeof LISTS)[number], { first: 1 })).pageInfo.endCursor;
      const error = await refusal(STATES.replace('states', 'alliances'), { after: cursor, before: cursor });
      expect(error.extensions.argument).toBe('before');
      expect(error.message).toMatch(/after.*before/);
    });

    // Either would otherwise be dropped without a word: first with before gave the default 20
    // before the cursor, last with after the last page of the whole list.
    it.each([
      ['first with before', { first: 2 }, 'before'],
      ['last with after', { last: 2 }, 'after'],
    ])('%s: an error naming the cursor', async (_what, size, argument) => {
      const list = LISTS[1] as (typeof LISTS)[number];
      const cursor = (await page(list, { first: 10 })).edges[5].cursor;
      const error = await refusal(STATES.replace('states', 'alliances'), { ...size, [argument]: cursor });
      expect(error.extensions.argument).toBe(argument);
      expect(error.message).toMatch(/first.*after.*last.*before/);
    });

    it.each(
      GARBLED_CURSORS.flatMap(([what, cursor]) => [
        [what, 'after', cursor],
        [what, 'before', cursor],
      ]),
    )('%s as %s', async (_what, argument, cursor) => {
      const error = await refusal(STATES, { [argument]: cursor });
      expect(error.extensions.argument).toBe(argument);
    });

    it.each([
      ['NAME', 'DATE'],
      ['DATE', 'ID'],
      ['ID', 'NAME'],
    ])('a cursor made under %s, used under %s', async (made, used) => {
      const list = LISTS[2] as (typeof LISTS)[number];
      const cursor = (await page(list, { first: 3, orderBy: { field: made } })).pageInfo.endCursor;
      for (const argument of ['after', 'before']) {
        const error = await refusal(STATES.replace('states', 'treaties'), { [argument]: cursor, orderBy: { field: used } });
        expect(error.extensions.argument).toBe(argument);
      }
    });

    it('a cursor of another list, in the same order', async () => {
      const cursor = (await page(LISTS[3] as (typeof LISTS)[number], { first: 3 })).pageInfo.endCursor;
      const error = await refusal(STATES, { after: cursor });
      expect(error.extensions.argument).toBe('after');
    });
  });
});
