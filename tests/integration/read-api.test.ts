import { startTestApp, type TestApp } from '../helpers/app';

/** Facts from the curated data, asked through the API as a front end would. */
describe('the read API over the curated data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const data = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { status, body } = await app.gql(query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data;
  };

  const natoMembersAt = async (asOf: string): Promise<string[]> => {
    const result = await data(
      'query ($asOf: Date) { alliance(id: "nato") { members(asOf: $asOf, first: 100) { totalCount edges { node { id } } } } }',
      { asOf },
    );
    expect(result.alliance.members.edges).toHaveLength(result.alliance.members.totalCount);
    return result.alliance.members.edges.map((e: any) => e.node.id);
  };

  it('answers NATO membership as of any date, from inclusive', async () => {
    expect(await natoMembersAt('1949-08-24')).toHaveLength(12);
    expect(await natoMembersAt('1949-08-23')).toHaveLength(0);
    expect(await natoMembersAt('2004-03-28')).not.toContain('EST');
    expect(await natoMembersAt('2004-03-29')).toContain('EST');
    expect(await natoMembersAt('2024-03-06')).toHaveLength(31);
    expect(await natoMembersAt('2024-03-07')).toHaveLength(32);
  });

  it('gives a dissolved alliance no members after its dissolution', async () => {
    const result = await data(
      '{ alliance(id: "warsaw-pact") { dissolved members(asOf: "1992-01-01") { totalCount } all: members { totalCount } } }',
    );
    expect(result.alliance.dissolved).toBe('1991-07-01');
    expect(result.alliance.members.totalCount).toBe(0);
    expect(result.alliance.all.totalCount).toBeGreaterThanOrEqual(8);
  });

  it('lists every period with its dates, role and sources when asOf is omitted', async () => {
    const result = await data(
      '{ state(id: "ALB") { memberships(first: 100) { edges { node { id } from until role founding sources { id title } } } } }',
    );
    const warsaw = result.state.memberships.edges.find((e: any) => e.node.id === 'warsaw-pact');
    expect(warsaw).toMatchObject({ role: 'MEMBER', founding: true });
    expect(warsaw.until).toBe('1968-09-13');
    for (const edge of result.state.memberships.edges) expect(edge.sources.length).toBeGreaterThan(0);
  });

  it('shows where sources disagree (the AU founding date)', async () => {
    const result = await data('{ alliance(id: "african-union") { founded claims { field value sources { id } } } }');
    expect(result.alliance.founded).toBe('2002-07-09');
    expect(result.alliance.claims).toContainEqual({
      field: 'founded',
      value: '2001',
      sources: [{ id: 'ahmed-military-alliances' }],
    });
  });

  it('links UNSCR 1973, Operation Unified Protector and the Libyan civil war', async () => {
    const result = await data(
      '{ operation(id: "operation-unified-protector") { authorizedBy { id signed } conflict { id } conductedBy { actor { ... on Alliance { id } } role } } }',
    );
    expect(result.operation.authorizedBy).toEqual([{ id: 'unscr-1973', signed: '2011-03-17' }]);
    expect(result.operation.conflict.id).toBe('libyan-civil-war-2011');
    expect(result.operation.conductedBy).toContainEqual({ actor: { id: 'nato' }, role: 'LEAD' });
  });

  it('respects the direction of an asymmetric treaty', async () => {
    const result = await data(
      '{ treaty(id: "us-japan-security-treaty-1960") { pledges { state { id } protects { id } type conditional } } }',
    );
    expect(result.treaty.pledges).toContainEqual({
      state: { id: 'USA' },
      protects: { id: 'JPN' },
      type: 'DEFENSE',
      conditional: false,
    });
  });

  it('resolves every kind of entity through node(id), and null for an unknown id', async () => {
    const ids = ['EST', 'nato', 'north-atlantic-treaty', 'world-war-i', 'isaf', 'ahmed-military-alliances'];
    const result = await data(
      `{ ${ids.map((id, i) => `n${i}: node(id: "${id}") { __typename id }`).join(' ')} missing: node(id: "no-such-entity") { id } }`,
    );
    expect(ids.map((_, i) => result[`n${i}`].__typename)).toEqual([
      'State',
      'Alliance',
      'Treaty',
      'Conflict',
      'Operation',
      'Source',
    ]);
    expect(result.missing).toBeNull();
  });

  it.each([
    ['NATO', 'nato'],
    ['Washington Treaty', 'north-atlantic-treaty'],
    ['ISAF', 'isaf'],
    ['Warsaw Pact', 'warsaw-pact'],
  ])('search("%s") ranks %s first', async (text, id) => {
    const result = await data('query ($text: String!) { search(text: $text, first: 5) { exact score entity { id } } }', { text });
    expect(result.search[0]).toMatchObject({ exact: true, entity: { id } });
    // Exact hits first, then the rest; each group by score, best first.
    const exact = result.search.map((hit: any) => hit.exact);
    expect([...exact].sort((a, b) => Number(b) - Number(a))).toEqual(exact);
    for (const group of [true, false]) {
      const scores = result.search.filter((hit: any) => hit.exact === group).map((hit: any) => hit.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it.each([
    ['Syria', 'syrian-civil-war', 'a prefix: the Syrian civil war'],
    ['Libya', 'libyan-civil-war-2011', 'a prefix: the Libyan civil war'],
    ['Estnia', 'EST', 'one typo'],
    ['Nort Atlantic Treaty Organisation', 'nato', 'typos in a long name'],
  ])('search("%s") finds %s (%s)', async (text, id) => {
    const result = await data('query ($text: String!) { search(text: $text, first: 10) { entity { id } } }', { text });
    expect(result.search.map((hit: any) => hit.entity.id)).toContain(id);
  });

  it('searches sources only when asked to', async () => {
    const result = await data('{ search(text: "NATO", types: [SOURCE], first: 3) { entity { __typename } } }');
    expect(result.search.length).toBeGreaterThan(0);
    for (const hit of result.search) expect(hit.entity.__typename).toBe('Source');
  });

  it('pages through all states with keyset cursors, forwards and backwards, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const result: any = await data(
        'query ($after: String) { states(first: 40, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = result.states.totalCount;
      seen.push(...result.states.edges.map((e: any) => e.node.id));
      if (!result.states.pageInfo.hasNextPage) break;
      after = result.states.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const last = await data('{ states(last: 5) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }');
    expect(last.states.edges.map((e: any) => e.node.id)).toEqual(seen.slice(-5));
    const before = await data('query ($before: String) { states(last: 5, before: $before) { edges { node { id } } } }', {
      before: last.states.pageInfo.startCursor,
    });
    expect(before.states.edges.map((e: any) => e.node.id)).toEqual(seen.slice(-10, -5));
  });

  it('orders and filters lists', async () => {
    const result = await data(
      '{ states(filter: { memberOf: "nato", memberAsOf: "1960-01-01" }, orderBy: { field: NAME, direction: DESC }, first: 100) { totalCount edges { node { name } } } }',
    );
    expect(result.states.totalCount).toBe(15);
    const names = result.states.edges.map((e: any) => e.node.name);
    expect([...names].sort((a: string, b: string) => b.toLowerCase().localeCompare(a.toLowerCase()))).toEqual(names);
    const kinds = await data(
      '{ alliances(filter: { kind: MILITARY_ALLIANCE, validAt: "1980-01-01" }, first: 100) { edges { node { id } } } }',
    );
    const ids = kinds.alliances.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['nato', 'warsaw-pact']));
    expect(ids).not.toContain('csto');
  });

  it('returns empty results, not errors, for unknown ids in filters', async () => {
    const result = await data('{ states(filter: { memberOf: "no-such-alliance" }) { totalCount edges { node { id } } } }');
    expect(result.states).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses a page larger than the maximum with an error that names the argument', async () => {
    const { body } = await app.gql('{ states(first: 101) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(body.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
  });

  it('refuses an invalid date, naming the argument, inline or as a variable', async () => {
    const inline = await app.gql('{ alliance(id: "nato") { members(asOf: "2024-02-30") { totalCount } } }');
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inline.body.errors?.[0]?.message).toMatch(/"asOf".*YYYY-MM-DD/);

    const variable = await app.gql('query ($d: Date) { alliance(id: "nato") { members(asOf: $d) { totalCount } } }', {
      d: '24/02/2022',
    });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors?.[0]?.message).toMatch(/\$d/);

    const nested = await app.gql('{ states(filter: { validAt: "1990-00-01" }) { totalCount } }');
    expect(nested.body.errors?.[0]?.message).toMatch(/"filter\.validAt"/);
  });

  it('accepts BCE dates', async () => {
    const result = await data(
      '{ alliance(id: "hellenic-league") { founded members(asOf: "-0479-06-01") { totalCount edges { node { id } } } } }',
    );
    expect(result.alliance.founded).toMatch(/^-04\d\d-/);
    expect(result.alliance.members.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(['athens', 'sparta']));
  });
});
