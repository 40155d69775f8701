import { startTestApp, type TestApp } from '../helpers/app';
import { curatedFolder, idsWhere } from '../helpers/curated';
import { dataOrThrow, edgesOf, walk, type Page } from '../helpers/paging';

/** conflict, conflicts, operations and treaties, each filter against what data/ says. */
describe('conflicts, operations and treaties from the root', () => {
  let app: TestApp;
  const conflicts = curatedFolder('conflicts');
  const operations = curatedFolder('operations');
  const treaties = curatedFolder('treaties');
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** The ids a root list gives for a filter, sorted: every page of it. */
  const listed = async (field: string, filter: string): Promise<string[]> => {
    const pages = await walk(async (after) => {
      const data = await dataOrThrow(
        app,
        `query ($after: String) { l: ${field}(filter: ${filter}, first: 100, after: $after) {
          totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { after },
      );
      return data.l as Page;
    }, 'forward');
    const edges = edgesOf(pages, 'forward');
    expect(edges).toHaveLength(pages[0]?.totalCount as number);
    return edges.map((e: any) => e.node.id as string).sort();
  };
  const actors = (document: any, list: string): string[] => (document[list] ?? []).map((row: any) => row.entity);

  describe('conflicts', () => {
    it('lists every curated conflict', async () => {
      expect(await listed('conflicts', '{}')).toEqual(idsWhere(conflicts, () => true));
    });

    it.each(['WAR', 'CIVIL_WAR', 'CRISIS', 'DISPUTE'])('filters by kind %s', async (kind) => {
      const expected = idsWhere(conflicts, (c) => c.kind === kind);
      expect(expected.length).toBeGreaterThan(0);
      expect(await listed('conflicts', `{ kind: ${kind} }`)).toEqual(expected);
    });

    it.each(['USA', 'nato', 'CHN'])('filters by participant %s, a state or an alliance', async (id) => {
      const expected = idsWhere(conflicts, (c) => actors(c, 'participants').includes(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(await listed('conflicts', `{ participant: "${id}" }`)).toEqual(expected);
    });

    it('filters by a name or an alias, ignoring case', async () => {
      const named = (text: string) =>
        idsWhere(conflicts, (c) => [c.name, ...(c.aliases ?? [])].some((n: string) => n.toLowerCase().includes(text)));
      // "Great War" is an alias (of World War I, and of the Second Congo War as "Great War of Africa").
      expect(named('great war')).toContain('world-war-i');
      expect(await listed('conflicts', '{ nameContains: "GREAT WAR" }')).toEqual(named('great war'));
      expect(await listed('conflicts', '{ nameContains: "Civil War" }')).toEqual(named('civil war'));
    });

    it('keeps a conflict going on its last day and not the day after (Korean War: armistice 1953-07-27)', async () => {
      const lastDay = await listed('conflicts', '{ validAt: "1953-07-27" }');
      expect(lastDay).toEqual(expect.arrayContaining(['korean-war', 'cold-war']));
      expect(await listed('conflicts', '{ validAt: "1953-07-28" }')).not.toContain('korean-war');
      expect(await listed('conflicts', '{ validAt: "1950-06-24" }')).not.toContain('korean-war');
      expect(lastDay).not.toContain('world-war-ii');
    });

    it('answers one conflict with its parts, larger conflict and operations', async () => {
      const data = await dataOrThrow(
        app,
        `{ invasion: conflict(id: "russian-invasion-of-ukraine") { kind started ended partOf { id } }
           war: conflict(id: "russo-ukrainian-war") { parts { id } }
           afghanistan: conflict(id: "war-in-afghanistan-2001") { started ended operations { id } }
           notAConflict: conflict(id: "nato") { id }
           unknown: conflict(id: "test-no-such-conflict") { id } }`,
      );
      expect(data.invasion).toEqual({ kind: 'WAR', started: '2022-02-24', ended: null, partOf: [{ id: 'russo-ukrainian-war' }] });
      expect(data.war.parts).toEqual([{ id: 'russian-invasion-of-ukraine' }]);
      expect(data.afghanistan).toMatchObject({ started: '2001-10-07', ended: '2021-08-30' });
      const partOfAfghanistan = idsWhere(operations, (o) =>
        (o.partOf ?? []).some((p: any) => p.conflict === 'war-in-afghanistan-2001'),
      );
      expect(data.afghanistan.operations.map((o: any) => o.id).sort()).toEqual(partOfAfghanistan);
      expect(data.notAConflict).toBeNull();
      expect(data.unknown).toBeNull();
    });
  });

  describe('operations', () => {
    it('lists every curated operation', async () => {
      expect(await listed('operations', '{}')).toEqual(idsWhere(operations, () => true));
    });

    it.each(['nato', 'USA', 'african-union'])('filters by who conducted it: %s', async (id) => {
      const expected = idsWhere(operations, (o) => actors(o, 'conductedBy').includes(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(await listed('operations', `{ conductedBy: "${id}" }`)).toEqual(expected);
    });

    it.each(['war-in-afghanistan-2001', 'war-in-darfur'])('filters by the conflict it was part of: %s', async (id) => {
      const expected = idsWhere(operations, (o) => (o.partOf ?? []).some((p: any) => p.conflict === id));
      expect(await listed('operations', `{ conflict: "${id}" }`)).toEqual(expected);
    });

    it('filters by the date: those going on in June 2011', async () => {
      // From data/operations: UNMISS began on 2011-07-09, AMIS ended in 2007, Resolute Support began in 2015.
      const going = await listed('operations', '{ validAt: "2011-06-01" }');
      expect(going).toEqual(
        expect.arrayContaining(['isaf', 'kfor', 'operation-enduring-freedom', 'operation-unified-protector', 'unamid']),
      );
      for (const id of ['unmiss', 'amis', 'resolute-support-mission']) expect(going).not.toContain(id);
    });
  });

  describe('treaties', () => {
    it('lists every curated treaty', async () => {
      expect(await listed('treaties', '{}')).toEqual(idsWhere(treaties, () => true));
    });

    it.each(['UNSC_RESOLUTION', 'BILATERAL_DEFENSE_PACT', 'TREATY'])('filters by kind %s', async (kind) => {
      expect(await listed('treaties', `{ kind: ${kind} }`)).toEqual(idsWhere(treaties, (t) => t.kind === kind));
    });

    it.each(['JPN', 'USA', 'DEU'])('filters by a party: %s', async (id) => {
      const expected = idsWhere(treaties, (t) => (t.parties ?? []).some((p: any) => p.state === id));
      expect(expected.length).toBeGreaterThan(0);
      expect(await listed('treaties', `{ hasParty: "${id}" }`)).toEqual(expected);
    });

    it('filters by obligation', async () => {
      const expected = idsWhere(treaties, (t) => (t.obligations ?? []).some((o: any) => o.type === 'DEFENSE'));
      expect(expected.length).toBeGreaterThan(5);
      expect(await listed('treaties', '{ obligation: DEFENSE }')).toEqual(expected);
    });

    it('keeps a treaty in force from its entry into force until its termination (US–Japan, 1960-06-23)', async () => {
      const before = await listed('treaties', '{ validAt: "1960-06-22", hasParty: "JPN" }');
      const on = await listed('treaties', '{ validAt: "1960-06-23", hasParty: "JPN" }');
      // Other treaties Japan is party to (Versailles, with no termination recorded) are in both lists.
      expect(before).toContain('us-japan-security-treaty-1951');
      expect(before).not.toContain('us-japan-security-treaty-1960');
      expect(on).toContain('us-japan-security-treaty-1960');
      expect(on).not.toContain('us-japan-security-treaty-1951');
    });
  });
});
