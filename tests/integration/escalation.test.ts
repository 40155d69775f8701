import { startTestApp, type TestApp } from '../helpers/app';
import { dataOrThrow } from '../helpers/paging';

const ESCALATION = `query ($attacker: ID!, $target: ID!, $asOf: Date, $rounds: Int) {
  escalation(attacker: $attacker, target: $target, asOf: $asOf, rounds: $rounds) {
    incomplete
    entries { round side state { id } for { id } against { id } obligation conditional routes { via { id } sources { id } } }
  }
}`;

/** "If X attacked Y on D, who is obliged to come in?", asked of history through the curated commitments. */
describe('escalation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const escalate = async (attacker: string, target: string, asOf: string, rounds?: number) =>
    (await dataOrThrow(app, ESCALATION, { attacker, target, asOf, rounds })).escalation;
  const natoOn = async (asOf: string): Promise<string[]> =>
    (
      await dataOrThrow(app, `{ alliance(id: "nato") { members(asOf: "${asOf}", first: 100) { edges { node { id } } } } }`)
    ).alliance.members.edges
      .map((e: any) => e.node.id)
      .sort();
  const inRound = (result: any, round: number, side: string): string[] =>
    result.entries
      .filter((e: any) => e.round === round && e.side === side)
      .map((e: any) => e.state.id)
      .sort();

  it('draws every other NATO member in, in round 1, when Estonia is attacked today', async () => {
    const result = await escalate('RUS', 'EST', '2026-06-01');
    const defenders = inRound(result, 1, 'DEFENDER');
    for (const member of (await natoOn('2026-06-01')).filter((id) => id !== 'EST')) expect(defenders).toContain(member);
    for (const entry of result.entries.filter((e: any) => e.round === 1 && e.side === 'DEFENDER')) {
      expect(entry).toMatchObject({ for: { id: 'EST' }, against: { id: 'RUS' }, obligation: 'DEFENSE' });
      for (const route of entry.routes) expect(route.sources.length).toBeGreaterThan(0);
    }
  });

  it('draws NATO in for West Germany in 1980, and not the neutrals', async () => {
    const result = await escalate('SUN', 'DEU', '1980-01-01');
    const defenders = inRound(result, 1, 'DEFENDER');
    expect(defenders).toEqual((await natoOn('1980-01-01')).filter((id) => id !== 'DEU'));
    const onEitherSide = result.entries.filter((e: any) => e.side !== 'NEUTRAL').map((e: any) => e.state.id);
    for (const neutral of ['AUT', 'CHE', 'SWE', 'IRL']) expect(onEitherSide).not.toContain(neutral);
    // Round 2: NATO's entry is an attack on the USSR, whose Warsaw Pact allies are bound to defend it.
    expect(inRound(result, 2, 'ATTACKER')).toEqual(expect.arrayContaining(['POL', 'DDR', 'CSK', 'HUN', 'ROU', 'BGR']));
  });

  it('follows 1914 round by round: Russia for France, then Austria-Hungary for Germany', async () => {
    const result = await escalate('german-empire', 'FRA', '1914-08-03');
    expect(result.entries.find((e: any) => e.state.id === 'russian-empire' && e.side === 'DEFENDER')).toMatchObject({
      round: 1,
      for: { id: 'FRA' },
      against: { id: 'german-empire' },
      obligation: 'DEFENSE',
      routes: expect.arrayContaining([
        expect.objectContaining({ via: expect.objectContaining({ id: 'franco-russian-alliance' }) }),
      ]),
    });
    expect(result.entries.find((e: any) => e.state.id === 'austria-hungary' && e.side === 'ATTACKER')).toMatchObject({
      round: 2,
      for: { id: 'german-empire' },
      against: { id: 'russian-empire' },
    });
    // No recorded commitment binds Britain to France or Russia (the Entente Cordiale and the
    // Anglo-Russian Convention carry none; the 1839 guarantee of Belgium is not curated).
    expect(result.entries.map((e: any) => e.state.id)).not.toContain('GBR');
  });

  it('draws nobody in for a state no one is bound to defend', async () => {
    const result = await escalate('RUS', 'MDA', '2026-06-01');
    expect(result.entries.filter((e: any) => e.side !== 'NEUTRAL')).toEqual([]);
    expect(result.incomplete).toBe(false);
  });

  it('stops at the rounds asked for, and says more would come', async () => {
    const result = await escalate('SUN', 'DEU', '1980-01-01', 1);
    expect(new Set(result.entries.map((e: any) => e.round))).toEqual(new Set([1]));
    expect(result.incomplete).toBe(true);
  });

  it('refuses rounds out of bounds and unknown states, naming the argument', async () => {
    const tooMany = await app.gql(ESCALATION, { attacker: 'RUS', target: 'EST', rounds: 6 });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'rounds' });
    const unknown = await app.gql(ESCALATION, { attacker: 'RUS', target: 'ATLANTIS' });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'target' });
  });
});
