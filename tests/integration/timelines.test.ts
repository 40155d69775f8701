import { startTestApp, type TestApp } from '../helpers/app';
import { curated, curatedFolder } from '../helpers/curated';
import { dataOrThrow } from '../helpers/paging';
import { readCuratedDate } from '../../src/data/dates';

interface Succession {
  predecessor: string;
  successor: string;
  date: string;
  sources: string[];
}

/** Every succession data/ records, for states (states.yaml) and alliances (one file each). */
function curatedSuccessions(): Succession[] {
  const rows = (entities: any[], key: 'state' | 'alliance'): Succession[] =>
    entities.flatMap((e) =>
      (e.succeededBy ?? []).map((s: any) => ({
        predecessor: e.id,
        successor: s[key],
        // As stored: a year or month is its first day (data/README.md).
        date: readCuratedDate(s.date)?.date ?? s.date,
        sources: [...s.sourceIds].sort(),
      })),
    );
  return [...rows(curated('states.yaml'), 'state'), ...rows(curatedFolder('alliances'), 'alliance')];
}

const SUCCESSION = 'predecessor { id } successor { id } date sources { id }';
const asRow = (s: any): Succession => ({
  predecessor: s.predecessor.id,
  successor: s.successor.id,
  date: s.date,
  sources: s.sources.map((x: any) => x.id).sort(),
});
const byPair = (a: Succession, b: Succession) =>
  `${a.predecessor}>${a.successor}`.localeCompare(`${b.predecessor}>${b.successor}`);

describe('successions, alliance timelines and conflict participants', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives every curated succession from both ends, with its date and sources', async () => {
    const expected = curatedSuccessions().sort(byPair);
    expect(expected.map((s) => `${s.predecessor}>${s.successor}`)).toEqual(
      expect.arrayContaining(['SUN>RUS', 'DDR>DEU', 'organisation-of-african-unity>african-union']),
    );
    const ids = [...new Set(expected.flatMap((s) => [s.predecessor, s.successor]))];
    const query = `query ($id: ID!) { node(id: $id) {
      ... on State { successors { ${SUCCESSION} } predecessors { ${SUCCESSION} } }
      ... on Alliance { successors { ${SUCCESSION} } predecessors { ${SUCCESSION} } } } }`;
    const entities = await Promise.all(ids.map(async (id) => (await dataOrThrow(app, query, { id })).node));
    const fromPredecessors = entities.flatMap((e) => e.successors.map(asRow)).sort(byPair);
    const fromSuccessors = entities.flatMap((e) => e.predecessors.map(asRow)).sort(byPair);
    expect(fromPredecessors).toEqual(expected);
    expect(fromSuccessors).toEqual(expected);
  });

  it('says Russia succeeded the USSR on 1991-12-26, and the AU the OAU on 2002-07-09', async () => {
    const data = await dataOrThrow(
      app,
      `{ rus: state(id: "RUS") { predecessors { predecessor { id name } date datePrecision } successors { date } }
         au: alliance(id: "african-union") { predecessors { predecessor { id } date } } }`,
    );
    expect(data.rus.predecessors).toEqual([
      { predecessor: { id: 'SUN', name: 'Soviet Union' }, date: '1991-12-26', datePrecision: 'DAY' },
    ]);
    expect(data.rus.successors).toEqual([]);
    expect(data.au.predecessors).toEqual([{ predecessor: { id: 'organisation-of-african-unity' }, date: '2002-07-09' }]);
  });

  const timeline = async (id: string) =>
    (
      await dataOrThrow(
        app,
        `{ alliance(id: "${id}") { timeline { date datePrecision kind state { id } alliance { id } role } } }`,
      )
    ).alliance.timeline as any[];
  const event = (date: string, kind: string, state: string, role: string) => ({ date, kind, state, role });
  const brief = (events: any[]) => events.map((e) => ({ date: e.date, kind: e.kind, state: e.state.id, role: e.role }));

  it('tells the Warsaw Pact’s history in date order: founded by eight, Albania and the GDR left, the rest at its dissolution', async () => {
    const events = await timeline('warsaw-pact');
    const founders = ['BGR', 'CSK', 'DDR', 'HUN', 'POL', 'ROU', 'SUN', 'ALB'].sort();
    expect(brief(events)).toEqual([
      ...founders.map((s) => event('1955-06-05', 'JOINED', s, 'MEMBER')),
      event('1968-09-13', 'LEFT', 'ALB', 'MEMBER'),
      event('1990-09-24', 'LEFT', 'DDR', 'MEMBER'),
      ...['BGR', 'CSK', 'HUN', 'POL', 'ROU', 'SUN'].map((s) => event('1991-07-01', 'LEFT', s, 'MEMBER')),
    ]);
    for (const e of events) expect(e.alliance.id).toBe('warsaw-pact');
  });

  it('shows a suspension and a return as changes of role, not as leaving (Syria and Libya in the Arab League)', async () => {
    const events = brief(await timeline('arab-league'));
    expect(events.filter((e) => e.state === 'SYR')).toEqual([
      event('1945-03-22', 'JOINED', 'SYR', 'MEMBER'),
      event('2011-11-16', 'ROLE_CHANGED', 'SYR', 'SUSPENDED'),
      event('2023-05-07', 'ROLE_CHANGED', 'SYR', 'MEMBER'),
    ]);
    expect(events.filter((e) => e.state === 'LBY')).toEqual([
      event('1953-03-28', 'JOINED', 'LBY', 'MEMBER'),
      event('2011-02-22', 'ROLE_CHANGED', 'LBY', 'SUSPENDED'),
      event('2011-08-27', 'ROLE_CHANGED', 'LBY', 'MEMBER'),
    ]);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('orders BCE events by year, not as text (the Hellenic League, 481–461 BCE)', async () => {
    const events = await timeline('hellenic-league');
    expect(events.map((e) => [e.kind, e.date, e.datePrecision])).toEqual([
      ['JOINED', '-0481-01-01', 'YEAR'],
      ['JOINED', '-0481-01-01', 'YEAR'],
      ['LEFT', '-0461-01-01', 'YEAR'],
      ['LEFT', '-0461-01-01', 'YEAR'],
    ]);
  });

  describe('Conflict.participants with asOf and side (the Korean War)', () => {
    const NK = 'North Korea and China';
    const participants = async (args: string): Promise<string[]> => {
      const data = await dataOrThrow(
        app,
        `query ${args.includes('$side') ? '($side: String)' : ''} { conflict(id: "korean-war") {
          participants(${args}) { totalCount edges { node { ... on State { id } } side } } } }`,
        args.includes('$side') ? { side: NK } : {},
      );
      const { totalCount, edges } = data.conflict.participants;
      expect(edges).toHaveLength(totalCount);
      return edges.map((e: any) => e.node.id).sort();
    };

    it('keeps only those fighting on the date, as data/ dates them', async () => {
      const rows = curated('conflicts/korean-war.yaml').participants as any[];
      const day = (value: unknown) => (value === undefined || value === null ? null : readCuratedDate(value as string)?.date);
      const fighting = (asOf: string) =>
        rows
          .filter(
            (p) =>
              day(p.from) !== null &&
              (day(p.from) as string) <= asOf &&
              (day(p.until) === null || asOf < (day(p.until) as string)),
          )
          .map((p) => p.entity)
          .sort();
      expect(fighting('1950-07-01')).toEqual(expect.arrayContaining(['KOR', 'PRK', 'USA']));
      expect(fighting('1950-07-01')).not.toContain('CHN');
      expect(fighting('1950-10-19')).toContain('CHN');
      for (const asOf of ['1950-07-01', '1950-10-19', '1953-07-27', '1953-07-28'])
        expect(await participants(`asOf: "${asOf}"`)).toEqual(fighting(asOf));
      expect(await participants('asOf: "1953-07-28"')).toEqual([]);
      const all = rows.map((p: any) => p.entity);
      expect(await participants('first: 100')).toEqual([...all].sort());
    });

    it('keeps one side, with or without a date', async () => {
      expect(await participants('side: $side')).toEqual(['CHN', 'PRK']);
      expect(await participants('side: $side, asOf: "1950-07-01"')).toEqual(['PRK']); // China entered on 1950-10-19
      expect(await participants('side: "test-no-such-side"')).toEqual([]);
    });

    it('lists alliances beside states (NATO in Kosovo)', async () => {
      const data = await dataOrThrow(
        app,
        '{ conflict(id: "kosovo-war") { participants(asOf: "1999-04-01") { edges { node { __typename ... on Alliance { id } } role } } } }',
      );
      expect(data.conflict.participants.edges).toContainEqual({
        node: { __typename: 'Alliance', id: 'nato' },
        role: 'INTERVENER',
      });
    });
  });
});
