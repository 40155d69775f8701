import { cypher } from '../../src/db/cypher';
import { fixture } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/app';

describe('path and commitment queries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.db.write(fixture('clique'), { size: 30 });
  });
  afterAll(async () => {
    await app.db.write(fixture('delete-by-id-prefix'), { prefix: 'test-clique-' });
    await app.close();
  });

  const data = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { body } = await app.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const ids = (nodes: { id: string }[]): string[] => nodes.map((n) => n.id);

  describe('with known answers from the curated data', () => {
    it('links Poland and South Korea in 2015 through NATO and the US–ROK treaty, and in 1985 only through the open 1939 agreement', async () => {
      const result = await data(`{
        in2015: shortestPath(from: "POL", to: "KOR", asOf: "2015-06-01") { length nodes { id } segments { type start { id } end { id } from sources { id } } }
        in1985: shortestPath(from: "POL", to: "KOR", asOf: "1985-06-01") { length nodes { id } }
      }`);
      expect(result.in2015.length).toBe(4);
      expect(ids(result.in2015.nodes)[2]).toBe('USA');
      expect(ids(result.in2015.nodes)).toContain('us-rok-mutual-defense-treaty');
      for (const segment of result.in2015.segments) expect(segment.sources.length).toBeGreaterThan(0);
      // The Anglo-Polish Agreement of 1939 has no recorded end (its notes: an open question), so in 1985
      // Poland still reaches the UK, and NATO, through it and nothing else. A curated end makes this null.
      expect(ids(result.in1985.nodes).slice(0, 3)).toEqual(['POL', 'anglo-polish-agreement-1939', 'GBR']);
    });

    it('says who must defend Estonia on 1 March 2024, once each, and that Sweden joins NATO’s on 7 March', async () => {
      const query = `query ($asOf: Date) { defenders(of: "EST", asOf: $asOf) {
        state { id } conditional routes { via { id } obligation conditional sources { id } } } }`;
      const before = (await data(query, { asOf: '2024-03-01' })).defenders;
      const states = before.map((d: any) => d.state.id);
      expect(new Set(states).size).toBe(states.length);
      expect(states).not.toContain('EST');
      const through = (via: string) =>
        before.filter((d: any) => d.routes.some((r: any) => r.via.id === via)).map((d: any) => d.state.id);
      // NATO's other 30 members, each bound through the alliance and again through its treaty.
      expect(through('nato')).toHaveLength(30);
      expect(through('north-atlantic-treaty')).toEqual(through('nato'));
      const usa = before.find((d: any) => d.state.id === 'USA');
      expect(usa.routes.map((r: any) => r.via.id).sort()).toEqual(['nato', 'north-atlantic-treaty']);
      // The EU's mutual defence clause (Article 42(7) TEU, from the Lisbon Treaty) binds the EU members outside NATO.
      expect(states.filter((id: string) => !through('nato').includes(id)).sort()).toEqual(['AUT', 'CYP', 'IRL', 'MLT', 'SWE']);
      for (const defender of before) for (const route of defender.routes) expect(route.sources.length).toBeGreaterThan(0);
      const after = (await data(query, { asOf: '2024-03-07' })).defenders;
      const sweden = after.find((d: any) => d.state.id === 'SWE');
      expect(sweden.routes.map((r: any) => r.via.id)).toContain('nato');
    });

    it('keeps the direction of the US–Japan treaty: the US pledge to Japan is unconditional', async () => {
      const result = await data(
        '{ defenders(of: "JPN", asOf: "2024-03-01") { state { id } conditional routes { via { id } conditional } } }',
      );
      expect(result.defenders).toContainEqual({
        state: { id: 'USA' },
        conditional: false,
        routes: [{ via: { id: 'us-japan-security-treaty-1960' }, conditional: false }],
      });
    });

    it('finds the common allies of Greece and Turkey', async () => {
      const result = await data('{ commonAllies(a: "GRC", b: "TUR", asOf: "2024-03-01") { id } }');
      const allies = ids(result.commonAllies);
      expect(allies).toContain('USA');
      expect(allies).not.toContain('GRC');
      expect(allies).not.toContain('TUR');
    });

    it('shows who could be drawn into the First World War on 1 August 1914, and through whom', async () => {
      const result = await data(
        '{ entanglement(conflict: "world-war-i", asOf: "1914-08-01") { length nodes { id } segments { type } } }',
      );
      const toFrance = result.entanglement.find((p: any) => p.nodes[p.nodes.length - 1].id === 'FRA');
      expect(toFrance.nodes[0].id).toBe('world-war-i');
      expect(toFrance.segments[0].type).toBe('PARTICIPATED_IN');
      expect(ids(toFrance.nodes)).toContain('russian-empire');
    });

    it('gives a state its allies and its timeline in date order', async () => {
      const result = await data(
        '{ state(id: "EST") { allies(asOf: "2024-03-01") { id } timeline { date kind subject { id } } } }',
      );
      expect(ids(result.state.allies)).toContain('USA');
      const timeline = result.state.timeline;
      expect(timeline).toContainEqual({ date: '2004-03-29', kind: 'JOINED', subject: { id: 'nato' } });
      const dates = timeline.map((e: any) => e.date);
      expect([...dates].sort()).toEqual(dates);
    });
  });

  describe('on a 30-state clique (every pair bound by a defence treaty)', () => {
    it('enumerates a bounded, shortest-first list of paths', async () => {
      const result = await data(
        '{ paths(from: "test-clique-0", to: "test-clique-29", asOf: "2020-01-01", maxHops: 4, first: 100) { length } }',
      );
      // The direct treaty (2 segments), then one path through each of the 28 other states (4).
      expect(result.paths).toHaveLength(29);
      expect(result.paths[0].length).toBe(2);
      expect(result.paths.map((p: any) => p.length)).toEqual([...result.paths.map((p: any) => p.length)].sort());
      const capped = await data(
        '{ paths(from: "test-clique-0", to: "test-clique-29", asOf: "2020-01-01", first: 5) { length } }',
      );
      expect(capped.paths).toHaveLength(5);
    });

    it('reports a neighbourhood larger than first as truncated', async () => {
      const result = await data(
        '{ neighbourhood(id: "test-clique-0", hops: 3, asOf: "2020-01-01", first: 50) { truncated nodes { id } } }',
      );
      expect(result.neighbourhood.truncated).toBe(true);
      expect(result.neighbourhood.nodes.length).toBeLessThanOrEqual(51);
    });

    it('finds the shortest path with the bidirectional search operator', async () => {
      const shortest = cypher('path/shortest');
      const plan = await app.db.read(
        { name: 'test/explain-shortest', text: `EXPLAIN ${shortest.text}` },
        { from: 'test-clique-0', to: 'test-clique-29', asOf: null, via: ['DEFENSE_TREATY'], maxHops: 8 },
      );
      const operators: string[] = [];
      const walk = (node: { operatorType: string; children: unknown[] }): void => {
        operators.push(node.operatorType);
        node.children.forEach((child) => walk(child as typeof node));
      };
      walk(plan.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.some((op) => op.startsWith('StatefulShortestPath(Into)'))).toBe(true);
      expect(operators.some((op) => op.startsWith('VarLengthExpand'))).toBe(false);
    });
  });

  describe('bounds', () => {
    it.each([
      ['{ paths(from: "POL", to: "KOR", maxHops: 5) { length } }', 'maxHops', /between 1 and 4/],
      ['{ shortestPath(from: "POL", to: "KOR", maxHops: 9) { length } }', 'maxHops', /between 1 and 8/],
      ['{ paths(from: "POL", to: "KOR", first: 101) { length } }', 'first', /between 1 and 100/],
      ['{ neighbourhood(id: "POL", hops: 4) { truncated } }', 'hops', /between 1 and 3/],
      ['{ shortestPath(from: "POL", to: "KOR", via: []) { length } }', 'via', /at least one/],
    ])('%s is refused, naming %s', async (query, argument, message) => {
      const { body } = await app.gql(query);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors?.[0]?.message).toMatch(message);
    });

    it('answers for today when asOf is omitted', async () => {
      const result = await data('{ shortestPath(from: "EST", to: "USA") { length } }');
      expect(result.shortestPath.length).toBe(2);
    });
  });
});
