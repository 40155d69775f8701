import { startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app';
import { bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-coalition-';
const sourced = { sourceIds: [CURATED_SOURCE] };

const UPSERT_ALLIANCE = `mutation ($input: UpsertAllianceInput!) { upsertAlliance(input: $input) { alliance { id kind } } }`;
const UPSERT_CONFLICT = `mutation ($input: UpsertConflictInput!) { upsertConflict(input: $input) { conflict { id } } }`;
const ADD_PARTICIPANT = `mutation ($input: AddConflictParticipantInput!) {
  addConflictParticipant(input: $input) { participation { side coalition { id kind } } }
}`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { membership { seat role } } }`;
const PARTICIPANTS = `query ($id: ID!, $coalition: ID) {
  conflict(id: $id) {
    participants(coalition: $coalition) { totalCount edges { side coalition { id name } node { ... on Entity { id } } } }
  }
}`;
const MEMBERS = `query ($id: ID!, $seat: Seat) {
  alliance(id: $id) {
    members(seat: $seat) { totalCount edges { seat node { id } } }
    timeline { kind seat state { id } }
  }
}`;

/** The fields a BAD_USER_INPUT error names. */
const badFields = (response: GraphQLResponse): string[] => {
  expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  return ((response.body.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
};

/**
 * A side named by its wartime coalition is asked for by the coalition's id, in the planner's
 * statement and through the loaders alike; a seat is filtered and returned the same way.
 */
describe.each([
  ['the read planner', 'true'],
  ['the loaders', 'false'],
])('coalitions and seats, read through %s', (_name, planner) => {
  let app: TestApp;
  let editor: Record<string, string>;
  const run = (query: string, input: Record<string, unknown>) => app.gql(query, { input }, editor);
  const coalition = `${P}${planner}-allies`;
  const war = `${P}${planner}-war`;
  const council = `${P}${planner}-council`;

  beforeAll(async () => {
    app = await startTestApp({ ...TEST_AUTH_ENV, READ_PLANNER: planner });
    await removeTestEntities(app.db, `${P}${planner}`);
    editor = bearer(await editorToken());
    dataOf(await run(UPSERT_ALLIANCE, { id: coalition, name: 'Test Allies', kind: 'WARTIME_COALITION', ...sourced }));
    dataOf(await run(UPSERT_ALLIANCE, { id: council, name: 'Test Council', kind: 'INTERNATIONAL_ORGANIZATION', ...sourced }));
    dataOf(await run(UPSERT_CONFLICT, { id: war, name: 'Test War', kind: 'WAR', started: '1990-01-01', ...sourced }));
  });
  afterAll(async () => {
    await removeTestEntities(app.db, `${P}${planner}`);
    await app.close();
  });

  it('keeps the participants of a coalition by its id, and answers the coalition on each edge', async () => {
    const added = dataOf(
      await run(ADD_PARTICIPANT, {
        actorId: 'FRA',
        conflictId: war,
        side: 'Allies',
        coalition,
        role: 'BELLIGERENT',
        from: '1990',
        ...sourced,
      }),
    );
    expect(added.addConflictParticipant.participation).toEqual({
      side: 'Allies',
      coalition: { id: coalition, kind: 'WARTIME_COALITION' },
    });
    dataOf(
      await run(ADD_PARTICIPANT, {
        actorId: 'GBR',
        conflictId: war,
        side: 'Allies',
        role: 'BELLIGERENT',
        from: '1990',
        ...sourced,
      }),
    );

    const all = dataOf(await app.gql(PARTICIPANTS, { id: war })).conflict.participants;
    expect(all.totalCount).toBe(2);
    const byCoalition = dataOf(await app.gql(PARTICIPANTS, { id: war, coalition })).conflict.participants;
    expect(byCoalition).toEqual({
      totalCount: 1,
      edges: [{ side: 'Allies', coalition: { id: coalition, name: 'Test Allies' }, node: { id: 'FRA' } }],
    });
    const none = dataOf(await app.gql(PARTICIPANTS, { id: war, coalition: 'no-such-coalition' })).conflict.participants;
    expect(none.totalCount).toBe(0);
  });

  it('refuses a coalition that is not a wartime coalition, naming the field, and writes nothing', async () => {
    const before = await fingerprint(app.db);
    const response = await run(ADD_PARTICIPANT, {
      actorId: 'DEU',
      conflictId: war,
      side: 'Allies',
      coalition: council,
      role: 'BELLIGERENT',
      from: '1990',
      ...sourced,
    });
    expect(badFields(response)).toEqual(['input.coalition']);
    expect(response.body.errors?.[0]?.message).toMatch(/WARTIME_COALITION/);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('keeps the members of one kind of seat, and says the seat in the timeline', async () => {
    dataOf(await run(ADD_MEMBERSHIP, { stateId: 'USA', allianceId: council, from: '1990-01-01', seat: 'PERMANENT', ...sourced }));
    const elected = dataOf(
      await run(ADD_MEMBERSHIP, {
        stateId: 'CAN',
        allianceId: council,
        from: '1999-01-01',
        until: '2001-01-01',
        seat: 'ELECTED',
        ...sourced,
      }),
    );
    expect(elected.addMembership.membership).toEqual({ seat: 'ELECTED', role: 'MEMBER' });

    const only = dataOf(await app.gql(MEMBERS, { id: council, seat: 'ELECTED' })).alliance;
    expect(only.members).toEqual({ totalCount: 1, edges: [{ seat: 'ELECTED', node: { id: 'CAN' } }] });
    const everyone = dataOf(await app.gql(MEMBERS, { id: council })).alliance;
    expect(everyone.members.totalCount).toBe(2);
    expect(everyone.timeline).toEqual([
      { kind: 'JOINED', seat: 'PERMANENT', state: { id: 'USA' } },
      { kind: 'JOINED', seat: 'ELECTED', state: { id: 'CAN' } },
      { kind: 'LEFT', seat: 'ELECTED', state: { id: 'CAN' } },
    ]);
  });
});
