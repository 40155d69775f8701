import { startTestApp, type TestApp } from '../helpers/app';
import { adminToken, bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import { fixture } from '../helpers/fixtures';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-revert-creation-';

const UPSERT_STATE = `mutation ($input: UpsertStateInput!) { upsertState(input: $input) { state { id version } change { id } replayed } }`;
const UPSERT_ALLIANCE = `mutation ($input: UpsertAllianceInput!) { upsertAlliance(input: $input) { alliance { id } } }`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { membership { cursor } change { id } } }`;
const MEMBERSHIPS = `query ($id: ID!, $after: String) { state(id: $id) { memberships(after: $after) { totalCount edges { cursor } } } }`;
const REVERT = `mutation ($input: RevertChangeInput!) {
  revertChange(input: $input) {
    change { id mutation targetKind targetType targetId entityIds before after versionBefore versionAfter revertOf { id } sources { id } curator }
    replayed
  }
}`;
const CHANGES = `query ($id: ID) { changes(entityId: $id) { edges { node { id mutation revertOf { id } } } } }`;
const AFTER = `query ($id: ID!, $text: String!) {
  node(id: $id) { id }
  pact: alliance(id: "test-revert-creation-pact") { members { totalCount } }
  search(text: $text, types: [STATE]) { entity { id } }
}`;

describe('reverting a creation', () => {
  let app: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  const run = (query: string, input: Record<string, unknown>, as = editor) => app.gql(query, { input }, as);
  const cleanUp = async () => {
    await removeTestEntities(app.db, P);
    await app.db.write(fixture('delete-idempotency-keys'), { prefix: P });
  };

  beforeAll(async () => {
    app = await startTestApp({ ...TEST_AUTH_ENV });
    editor = bearer(await editorToken());
    admin = bearer(await adminToken());
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await app.close();
  });

  // Each test counts only its own ids: the other test's alliance may be there, whichever ran first.
  const entitiesStartingWith = async (prefix: string): Promise<number> =>
    Number((await app.db.read(fixture('count-by-id-prefix'), { prefix })).records[0]?.get('count'));

  it('removes the entity as a new audit record, once, however often it is asked', async () => {
    const id = `${P}land`;
    const before = await fingerprint(app.db);
    const created = dataOf(
      await run(UPSERT_STATE, { id, name: 'Revertonia', sourceIds: [CURATED_SOURCE], idempotencyKey: `${P}create` }),
    ).upsertState;
    expect(await entitiesStartingWith(id)).toBe(1);

    const revertInput = { changeId: created.change.id, idempotencyKey: `${P}revert` };
    const reverted = dataOf(await run(REVERT, revertInput, admin)).revertChange;
    expect(reverted.replayed).toBe(false);
    expect(reverted.change).toMatchObject({
      mutation: 'revertChange',
      targetKind: 'ENTITY',
      targetType: 'State',
      targetId: id,
      entityIds: [id],
      after: null,
      versionBefore: 1,
      versionAfter: null,
      revertOf: { id: created.change.id },
      sources: [{ id: CURATED_SOURCE }],
      curator: 'test-admin',
    });
    expect(reverted.change.before.properties).toMatchObject({ id, name: 'Revertonia', version: 1 });

    const after = dataOf(await app.gql(AFTER, { id, text: 'Revertonia' }));
    expect(after.node).toBeNull();
    expect(after.search.map((hit: any) => hit.entity.id)).not.toContain(id);
    expect(await entitiesStartingWith(id)).toBe(0);
    const now = await fingerprint(app.db);
    expect(now.relationships).toBe(before.relationships);
    expect(now.changes).toBe(before.changes + 2);

    const history = dataOf(await app.gql(CHANGES, { id }, editor)).changes.edges.map((e: any) => e.node);
    expect(history).toEqual([
      { id: created.change.id, mutation: 'upsertState', revertOf: null },
      { id: reverted.change.id, mutation: 'revertChange', revertOf: { id: created.change.id } },
    ]);

    // Repeats write nothing: the revert's key replays it, the creation's key replays the creation
    // (it does not make the entity again), and reverting the creation a second time is a conflict.
    const settled = await fingerprint(app.db);
    const replay = dataOf(await run(REVERT, revertInput, admin)).revertChange;
    expect(replay).toMatchObject({ replayed: true, change: { id: reverted.change.id } });
    const recreate = dataOf(
      await run(UPSERT_STATE, { id, name: 'Revertonia', sourceIds: [CURATED_SOURCE], idempotencyKey: `${P}create` }),
    ).upsertState;
    expect(recreate).toMatchObject({ replayed: true, change: { id: created.change.id } });
    const again = await run(REVERT, { changeId: created.change.id }, admin);
    expect(again.body.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(await fingerprint(app.db)).toEqual(settled);
    expect(dataOf(await app.gql(AFTER, { id, text: 'Revertonia' })).node).toBeNull();
  });

  it('keeps an entity something now hangs on, until that is reverted too; then nothing of either is left', async () => {
    const id = `${P}member`;
    // An alliance of the test's own: the curated ones stay as other tests read them.
    dataOf(
      await run(UPSERT_ALLIANCE, { id: `${P}pact`, name: 'Revert Pact', kind: 'MILITARY_ALLIANCE', sourceIds: [CURATED_SOURCE] }),
    );
    const before = await fingerprint(app.db);
    const created = dataOf(await run(UPSERT_STATE, { id, name: 'Memberland', sourceIds: [CURATED_SOURCE] })).upsertState;
    const joined = dataOf(
      await run(ADD_MEMBERSHIP, { stateId: id, allianceId: `${P}pact`, from: '2000-01-01', sourceIds: [CURATED_SOURCE] }),
    ).addMembership;
    expect(dataOf(await app.gql(AFTER, { id, text: 'x' })).pact.members.totalCount).toBe(1);
    // The payload's edge is the one State.memberships lists, cursor included.
    const listed = dataOf(await app.gql(MEMBERSHIPS, { id })).state.memberships;
    expect(listed.edges).toEqual([{ cursor: joined.membership.cursor }]);
    expect(dataOf(await app.gql(MEMBERSHIPS, { id, after: joined.membership.cursor })).state.memberships).toEqual({
      totalCount: 1,
      edges: [],
    });

    const withMember = await fingerprint(app.db);
    const refused = await run(REVERT, { changeId: created.change.id }, admin);
    expect(refused.status).not.toBe(500);
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toMatch(/relationship/);
    expect(await fingerprint(app.db)).toEqual(withMember);

    dataOf(await run(REVERT, { changeId: joined.change.id }, admin));
    dataOf(await run(REVERT, { changeId: created.change.id }, admin));
    const after = dataOf(await app.gql(AFTER, { id, text: 'Memberland' }));
    expect(after.node).toBeNull();
    expect(after.pact.members.totalCount).toBe(0);
    expect(await entitiesStartingWith(P)).toBe(1);
    const now = await fingerprint(app.db);
    expect(now.relationships).toBe(before.relationships);
    expect(now.changes).toBe(before.changes + 4);
  });
});
