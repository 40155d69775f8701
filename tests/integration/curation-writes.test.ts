import { startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app';
import { adminToken, bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-writes-';

const UPSERT_STATE = `mutation ($input: UpsertStateInput!) {
  upsertState(input: $input) { state { id name aliases notes from fromPrecision until version sources { id } } change { id versionBefore versionAfter before after } replayed }
}`;
const UPSERT_ALLIANCE = `mutation ($input: UpsertAllianceInput!) { upsertAlliance(input: $input) { alliance { id kind version } change { id } } }`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { membership { state { id } alliance { id } from fromPrecision until role version } change { id } }
}`;
const END_MEMBERSHIP = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { membership { from until version } change { id } } }`;
const DELETE = `mutation ($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedId change { id before } } }`;
const REVERT = `mutation ($input: RevertChangeInput!) { revertChange(input: $input) { change { id revertOf { id } versionAfter } } }`;
const ALLIES = `query ($id: ID!) { state(id: $id) { allies(asOf: "2020-01-01", via: [MILITARY_ALLIANCE]) { id } } }`;
const CHANGES = `query ($id: ID, $since: DateTime, $first: Int, $after: String) {
  changes(entityId: $id, since: $since, first: $first, after: $after) {
    edges { cursor node { id at mutation curator targetKind targetType targetId before after sources { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The fields a BAD_USER_INPUT error names, in order. */
const badFields = (response: GraphQLResponse): string[] => {
  expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  return ((response.body.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
};

describe('curators’ writes: checked, versioned, audited, revertible', () => {
  let app: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  const run = (query: string, input: Record<string, unknown>, as = editor) => app.gql(query, { input }, as);
  // What a test builds on, made by the test itself (with its own ids): no test needs another to run first.
  const sourced = { sourceIds: [CURATED_SOURCE] };
  const createState = async (id: string, name: string, more: Record<string, unknown> = {}) =>
    dataOf(await run(UPSERT_STATE, { id, name, ...sourced, ...more })).upsertState;
  const createPact = async (id: string) =>
    dataOf(
      await run(UPSERT_ALLIANCE, {
        id,
        name: 'Test Pact',
        kind: 'MILITARY_ALLIANCE',
        obligations: [{ type: 'DEFENSE' }],
        ...sourced,
      }),
    );
  const join = async (stateId: string, allianceId: string, from: string, more: Record<string, unknown> = {}) =>
    dataOf(await run(ADD_MEMBERSHIP, { stateId, allianceId, from, ...sourced, ...more }));

  beforeAll(async () => {
    app = await startTestApp(TEST_AUTH_ENV);
    await removeTestEntities(app.db, P);
    editor = bearer(await editorToken());
    admin = bearer(await adminToken());
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  it('names every offending field at once and writes nothing', async () => {
    const before = await fingerprint(app.db);
    const response = await run(UPSERT_STATE, {
      id: 'Not An Id!',
      name: '   ',
      aliases: ['ok', 'bell\u0007'],
      iso2: 'fr',
      cowCode: 0,
      notes: 'n'.repeat(10_001),
      from: '1990',
      until: '1980',
      sourceIds: [],
    });
    expect(badFields(response)).toEqual([
      'input.id',
      'input.name',
      'input.aliases[1]',
      'input.notes',
      'input.sourceIds',
      'input.iso2',
      'input.cowCode',
      'input.until',
    ]);
    expect(response.body.errors?.[0]?.message).toContain('input.notes: must be at most 10000 characters');
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('refuses unknown sources and a missing name for a new entity; the half-made entity is rolled back', async () => {
    const before = await fingerprint(app.db);
    const response = await run(UPSERT_STATE, { id: `${P}ghost`, sourceIds: ['no-such-source', CURATED_SOURCE] });
    expect(badFields(response)).toEqual(['input.name', 'input.sourceIds[0]']);
    expect(await fingerprint(app.db)).toEqual(before);
    expect(dataOf(await app.gql(`{ node(id: "${P}ghost") { id } }`)).node).toBeNull();
  });

  it('creates, then updates only the given fields, keeping every source and raising the version', async () => {
    const created = dataOf(
      await run(UPSERT_STATE, {
        id: `${P}land`,
        name: ' Testland ',
        aliases: ['Land of Tests'],
        from: '1991-08',
        sourceIds: [CURATED_SOURCE],
      }),
    );
    expect(created.upsertState.state).toMatchObject({ name: 'Testland', from: '1991-08-01', fromPrecision: 'MONTH', version: 1 });
    expect(created.upsertState.change).toMatchObject({ versionBefore: null, versionAfter: 1, before: null });

    const updated = dataOf(
      await run(UPSERT_STATE, {
        id: `${P}land`,
        notes: 'Corrected.',
        sourceIds: ['north-atlantic-treaty-text'],
        expectedVersion: 1,
      }),
    );
    expect(updated.upsertState.state).toMatchObject({
      name: 'Testland',
      aliases: ['Land of Tests'],
      notes: 'Corrected.',
      version: 2,
    });
    expect(updated.upsertState.state.sources.map((s: { id: string }) => s.id).sort()).toEqual(
      [CURATED_SOURCE, 'north-atlantic-treaty-text'].sort(),
    );
    expect(updated.upsertState.change.before.properties).toMatchObject({ name: 'Testland', version: 1 });
    expect(updated.upsertState.change.before.properties.notes).toBeUndefined();
    expect(updated.upsertState.change.after.properties).toMatchObject({ notes: 'Corrected.', version: 2 });

    const search = dataOf(await app.gql(`{ search(text: "Land of Tests") { entity { id } } }`));
    expect(search.search.map((hit: { entity: { id: string } }) => hit.entity.id)).toContain(`${P}land`);
  });

  it('answers a stale expectedVersion with CONFLICT and the current version, writing nothing', async () => {
    await createState(`${P}stale`, 'Staleland');
    await createState(`${P}stale`, 'Staleland', { notes: 'Corrected.', expectedVersion: 1 });
    const before = await fingerprint(app.db);
    const response = await run(UPSERT_STATE, { id: `${P}stale`, name: 'Stale', sourceIds: [CURATED_SOURCE], expectedVersion: 1 });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('refuses an id that names another kind of entity', async () => {
    const response = await run(UPSERT_ALLIANCE, {
      id: 'anzus-treaty',
      name: 'x',
      kind: 'SECURITY_FORUM',
      sourceIds: [CURATED_SOURCE],
    });
    expect(badFields(response)).toEqual(['input.id']);
    const state = await run(UPSERT_ALLIANCE, { id: 'nato-test-not-there', name: 'x', sourceIds: [CURATED_SOURCE] });
    expect(badFields(state)).toEqual(['input.kind']);
  });

  it('adds memberships the path queries see, refuses overlaps, and ends them', async () => {
    await createState(`${P}member-a`, 'Landia');
    await createState(`${P}member-b`, 'Otherland');
    await createPact(`${P}member-pact`);
    for (const state of [`${P}member-a`, `${P}member-b`]) await join(state, `${P}member-pact`, '2000-01-01');
    expect(dataOf(await app.gql(ALLIES, { id: `${P}member-a` })).state.allies).toEqual([{ id: `${P}member-b` }]);

    const overlap = await run(ADD_MEMBERSHIP, {
      stateId: `${P}member-a`,
      allianceId: `${P}member-pact`,
      from: '2005',
      until: '2006',
      sourceIds: [CURATED_SOURCE],
    });
    expect(badFields(overlap)).toEqual(['input.from']);
    expect(overlap.body.errors?.[0]?.message).toMatch(/overlaps/);

    const early = await run(END_MEMBERSHIP, {
      stateId: `${P}member-a`,
      allianceId: `${P}member-pact`,
      until: '1999',
      sourceIds: [CURATED_SOURCE],
    });
    expect(badFields(early)).toEqual(['input.until']);
    const ended = dataOf(
      await run(END_MEMBERSHIP, {
        stateId: `${P}member-a`,
        allianceId: `${P}member-pact`,
        until: '2010-05-01',
        sourceIds: [CURATED_SOURCE],
      }),
    );
    expect(ended.endMembership.membership).toEqual({ from: '2000-01-01', until: '2010-05-01', version: 2 });
    const none = await run(END_MEMBERSHIP, {
      stateId: `${P}member-a`,
      allianceId: `${P}member-pact`,
      until: '2011',
      sourceIds: [CURATED_SOURCE],
    });
    expect(badFields(none)).toEqual(['input.allianceId']);
    dataOf(
      await run(ADD_MEMBERSHIP, {
        stateId: `${P}member-a`,
        allianceId: `${P}member-pact`,
        from: '2012',
        role: 'OBSERVER',
        sourceIds: [CURATED_SOURCE],
      }),
    );

    // The alliance stops being a military one: its memberships stop being military links.
    dataOf(
      await run(UPSERT_ALLIANCE, { id: `${P}member-pact`, kind: 'SECURITY_FORUM', obligations: [], sourceIds: [CURATED_SOURCE] }),
    );
    expect(dataOf(await app.gql(ALLIES, { id: `${P}member-a` })).state.allies).toEqual([]);
  });

  it("keeps memberships within the state's lifetime, as the loader does", async () => {
    await createPact(`${P}lifetime-pact`);
    dataOf(
      await run(UPSERT_STATE, {
        id: `${P}gone`,
        name: 'Goneland',
        from: '1950',
        until: '1990-10-03',
        sourceIds: [CURATED_SOURCE],
      }),
    );
    const late = await run(ADD_MEMBERSHIP, {
      stateId: `${P}gone`,
      allianceId: `${P}lifetime-pact`,
      from: '1995',
      sourceIds: [CURATED_SOURCE],
    });
    expect(badFields(late)).toEqual(['input.until']);
    dataOf(
      await run(ADD_MEMBERSHIP, {
        stateId: `${P}gone`,
        allianceId: `${P}lifetime-pact`,
        from: '1960',
        until: '1990-10-03',
        sourceIds: [CURATED_SOURCE],
      }),
    );
    const shortened = await run(UPSERT_STATE, { id: `${P}gone`, until: '1980', sourceIds: [CURATED_SOURCE] });
    expect(badFields(shortened)).toEqual(['input.until']);
  });

  it('reads the audit trail oldest first, by entity and time, in pages, and only with a token', async () => {
    await createState(`${P}audited`, 'Testland');
    await createState(`${P}audited`, 'Testland', { notes: 'Corrected.' });
    await createPact(`${P}audited-pact`);
    await join(`${P}audited`, `${P}audited-pact`, '2000-01-01');
    dataOf(
      await run(END_MEMBERSHIP, { stateId: `${P}audited`, allianceId: `${P}audited-pact`, until: '2010-05-01', ...sourced }),
    );
    await join(`${P}audited`, `${P}audited-pact`, '2012', { role: 'OBSERVER' });
    const all = dataOf(await app.gql(CHANGES, { id: `${P}audited`, first: 100 }, editor)).changes.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(all.map((c: { mutation: string }) => c.mutation)).toEqual([
      'upsertState',
      'upsertState',
      'addMembership',
      'endMembership',
      'addMembership',
    ]);
    expect(all[0]).toMatchObject({
      curator: 'test-editor',
      targetKind: 'ENTITY',
      targetType: 'State',
      targetId: `${P}audited`,
      before: null,
      sources: [{ id: CURATED_SOURCE }],
    });
    expect(all[3]).toMatchObject({
      targetKind: 'RELATIONSHIP',
      targetType: 'MEMBER_OF',
      before: { type: 'MEMBER_OF', startId: `${P}audited`, endId: `${P}audited-pact` },
    });
    expect(all[3].after.properties.until).toBe('2010-05-01');

    const first = dataOf(await app.gql(CHANGES, { id: `${P}audited`, first: 2 }, editor)).changes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await app.gql(CHANGES, { id: `${P}audited`, first: 100, after: first.pageInfo.endCursor }, editor),
    ).changes;
    expect([...first.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(
      all.map((c: { id: string }) => c.id),
    );

    const since = dataOf(await app.gql(CHANGES, { id: `${P}audited`, since: all[3].at }, editor)).changes.edges;
    expect(since.map((e: { node: { id: string } }) => e.node.id)).toEqual([all[3].id, all[4].id]);

    const anonymous = await app.gql(CHANGES, { id: `${P}audited` });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reverts an update as a new change, and refuses to revert one that later changes built on', async () => {
    await createState(`${P}reverted`, 'Otherland');
    const update = dataOf(await run(UPSERT_STATE, { id: `${P}reverted`, name: 'Renamed', sourceIds: [CURATED_SOURCE] }));
    const reverted = dataOf(await run(REVERT, { changeId: update.upsertState.change.id }, admin));
    expect(reverted.revertChange.change.revertOf).toEqual({ id: update.upsertState.change.id });
    const state = dataOf(await app.gql(`{ state(id: "${P}reverted") { name version } }`)).state;
    expect(state).toEqual({ name: 'Otherland', version: reverted.revertChange.change.versionAfter });

    const stale = await run(REVERT, { changeId: update.upsertState.change.id }, admin);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(badFields(await run(REVERT, { changeId: 'no-such-change' }, admin))).toEqual(['input.changeId']);
  });

  it('deletes only with detach while relationships remain, never a cited source, and a revert brings all of it back', async () => {
    await createState(`${P}deleted`, 'Otherland');
    await createPact(`${P}deleted-pact`);
    await join(`${P}deleted`, `${P}deleted-pact`, '2000-01-01');
    const kept = await run(DELETE, { id: `${P}deleted`, sourceIds: [CURATED_SOURCE] }, admin);
    expect(badFields(kept)).toEqual(['input.detach']);
    const cited = await run(DELETE, { id: CURATED_SOURCE, detach: true, sourceIds: ['north-atlantic-treaty-text'] }, admin);
    expect(badFields(cited)).toEqual(['input.id']);

    const before = await fingerprint(app.db);
    const deleted = dataOf(await run(DELETE, { id: `${P}deleted`, detach: true, sourceIds: [CURATED_SOURCE] }, admin));
    expect(deleted.deleteEntity.deletedId).toBe(`${P}deleted`);
    expect(deleted.deleteEntity.change.before.relationships).toHaveLength(1);
    const after = await fingerprint(app.db);
    expect(after.relationships).toBe(before.relationships - 1);
    expect(dataOf(await app.gql(`{ node(id: "${P}deleted") { id } }`)).node).toBeNull();

    dataOf(await run(REVERT, { changeId: deleted.deleteEntity.change.id }, admin));
    const restored = dataOf(
      await app.gql(`{ state(id: "${P}deleted") { name memberships { edges { node { id } from } } } }`),
    ).state;
    expect(restored).toEqual({
      name: 'Otherland',
      memberships: { edges: [{ node: { id: `${P}deleted-pact` }, from: '2000-01-01' }] },
    });
    expect((await fingerprint(app.db)).relationships).toBe(before.relationships);
  });

  it('replays an idempotency key, and refuses one reused for a different request', async () => {
    const input = { id: `${P}keyed`, name: 'Keyed', sourceIds: [CURATED_SOURCE], idempotencyKey: 'writes-key-1' };
    const first = dataOf(await run(UPSERT_STATE, input));
    const before = await fingerprint(app.db);
    const again = dataOf(await run(UPSERT_STATE, input));
    expect(again.upsertState).toMatchObject({ replayed: true, change: { id: first.upsertState.change.id } });
    expect(await fingerprint(app.db)).toEqual(before);
    expect(badFields(await run(UPSERT_STATE, { ...input, name: 'Other' }))).toEqual(['input.idempotencyKey']);
    // Keys belong to their curator: another curator's same key is a new request.
    const other = dataOf(await run(UPSERT_STATE, input, bearer(await editorToken('test-editor-2'))));
    expect(other.upsertState.replayed).toBe(false);
  });
});

describe('AUTH_PUBLIC_READS=false', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ ...TEST_AUTH_ENV, AUTH_PUBLIC_READS: 'false' });
  });
  afterAll(() => app.close());

  it('refuses an anonymous read with 401 and answers one with any valid token', async () => {
    const anonymous = await app.gql('{ state(id: "FRA") { name } }');
    expect({ status: anonymous.status, code: anonymous.body.errors?.[0]?.extensions?.code }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    const withToken = await app.gql('{ state(id: "FRA") { name } }', {}, bearer(await editorToken()));
    expect(dataOf(withToken).state).toEqual({ name: 'France' });
  });
});
