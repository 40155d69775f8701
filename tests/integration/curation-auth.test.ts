import { startTestApp, type TestApp } from '../helpers/app';
import { adminToken, bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import {
  algNoneToken,
  badSignatureToken,
  expiredToken,
  TEST_AUTH_ENV,
  TEST_JWT_SECRET,
  viewerToken,
  wrongAudienceToken,
} from '../helpers/tokens';

const P = 'test-auth-';
const SRC = `${P}source`;
const STATE = `${P}state`;
const ALLIANCE = `${P}alliance`;
const TREATY = `${P}treaty`;
const CONFLICT = `${P}conflict`;
const OPERATION = `${P}operation`;

interface Case {
  mutation: string;
  role: 'editor' | 'admin';
  document: string;
  variables: (previous: Record<string, string>) => Record<string, unknown>;
}

const payload = 'change { id mutation curator } replayed';
const doc = (mutation: string, inputType: string, selection = '') =>
  `mutation M($input: ${inputType}!) { ${mutation}(input: $input) { ${payload} ${selection} } }`;

// Every mutation, in an order in which each succeeds for a curator with the role: the later ones
// end, revert or delete what the earlier ones made.
const CASES: Case[] = [
  {
    mutation: 'upsertSource',
    role: 'editor',
    document: doc('upsertSource', 'UpsertSourceInput', 'source { id }'),
    variables: () => ({ input: { id: SRC, title: 'A test source' } }),
  },
  {
    mutation: 'upsertState',
    role: 'editor',
    document: doc('upsertState', 'UpsertStateInput', 'state { id }'),
    variables: () => ({ input: { id: STATE, name: 'Testland', sourceIds: [SRC] } }),
  },
  {
    mutation: 'upsertAlliance',
    role: 'editor',
    document: doc('upsertAlliance', 'UpsertAllianceInput', 'alliance { id }'),
    variables: () => ({
      input: {
        id: ALLIANCE,
        name: 'Test Pact',
        kind: 'MILITARY_ALLIANCE',
        obligations: [{ type: 'DEFENSE' }],
        founded: '2001',
        sourceIds: [SRC],
      },
    }),
  },
  {
    mutation: 'upsertTreaty',
    role: 'editor',
    document: doc('upsertTreaty', 'UpsertTreatyInput', 'treaty { id }'),
    variables: () => ({ input: { id: TREATY, name: 'Test Treaty', kind: 'TREATY', signed: '2002-05', sourceIds: [SRC] } }),
  },
  {
    mutation: 'upsertConflict',
    role: 'editor',
    document: doc('upsertConflict', 'UpsertConflictInput', 'conflict { id }'),
    variables: () => ({ input: { id: CONFLICT, name: 'Test War', kind: 'WAR', started: '2003', sourceIds: [SRC] } }),
  },
  {
    mutation: 'upsertOperation',
    role: 'editor',
    document: doc('upsertOperation', 'UpsertOperationInput', 'operation { id }'),
    variables: () => ({ input: { id: OPERATION, name: 'Test Exercise', kind: 'exercise', sourceIds: [CURATED_SOURCE] } }),
  },
  {
    mutation: 'addMembership',
    role: 'editor',
    document: doc('addMembership', 'AddMembershipInput', 'membership { alliance { id } }'),
    variables: () => ({ input: { stateId: STATE, allianceId: ALLIANCE, from: '2001-06-01', sourceIds: [SRC] } }),
  },
  {
    mutation: 'endMembership',
    role: 'editor',
    document: doc('endMembership', 'EndMembershipInput', 'membership { until }'),
    variables: () => ({ input: { stateId: STATE, allianceId: ALLIANCE, until: '2005', sourceIds: [SRC] } }),
  },
  {
    mutation: 'addTreatyParty',
    role: 'editor',
    document: doc('addTreatyParty', 'AddTreatyPartyInput', 'party { treaty { id } }'),
    variables: () => ({ input: { stateId: STATE, treatyId: TREATY, from: '2002-06', sourceIds: [SRC] } }),
  },
  {
    mutation: 'endTreatyParty',
    role: 'editor',
    document: doc('endTreatyParty', 'EndTreatyPartyInput', 'party { until }'),
    variables: () => ({ input: { stateId: STATE, treatyId: TREATY, until: '2004', sourceIds: [SRC] } }),
  },
  {
    mutation: 'addConflictParticipant',
    role: 'editor',
    document: doc('addConflictParticipant', 'AddConflictParticipantInput', 'participation { side }'),
    variables: () => ({
      input: { actorId: STATE, conflictId: CONFLICT, role: 'BELLIGERENT', side: 'A', from: '2003', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'endConflictParticipant',
    role: 'editor',
    document: doc('endConflictParticipant', 'EndConflictParticipantInput', 'participation { until }'),
    variables: () => ({ input: { actorId: STATE, conflictId: CONFLICT, until: '2003-12', sourceIds: [SRC] } }),
  },
  {
    mutation: 'revertChange',
    role: 'admin',
    document: doc('revertChange', 'RevertChangeInput'),
    variables: (previous) => ({ input: { changeId: previous.endConflictParticipant } }),
  },
  {
    mutation: 'deleteEntity',
    role: 'admin',
    document: doc('deleteEntity', 'DeleteEntityInput', 'deletedId'),
    variables: () => ({ input: { id: OPERATION, sourceIds: [CURATED_SOURCE] } }),
  },
];

describe('who may write: every mutation against every kind of bad credential', () => {
  let app: TestApp;
  const changeIds: Record<string, string> = {};
  let badCredentials: [string, Record<string, string>, string, number][];

  beforeAll(async () => {
    app = await startTestApp(TEST_AUTH_ENV);
    await removeTestEntities(app.db, P);
    badCredentials = [
      ['no token', {}, 'UNAUTHENTICATED', 401],
      ['an expired token', bearer(await expiredToken(TEST_JWT_SECRET, ['admin'])), 'UNAUTHENTICATED', 401],
      ['a token signed with another key', bearer(await badSignatureToken(TEST_JWT_SECRET, ['admin'])), 'UNAUTHENTICATED', 401],
      ['an unsigned (alg: none) token', bearer(algNoneToken(['admin'])), 'UNAUTHENTICATED', 401],
      ['a token for another audience', bearer(await wrongAudienceToken(TEST_JWT_SECRET, ['admin'])), 'UNAUTHENTICATED', 401],
      ["a viewer's token", bearer(await viewerToken(TEST_JWT_SECRET)), 'FORBIDDEN', 403],
    ];
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  it.each(CASES.map((c) => [c.mutation, c] as const))(
    '%s: refused without the role, writing nothing; then done by a curator with it',
    async (_name, c) => {
      const variables = c.variables(changeIds);
      const credentials = [...badCredentials];
      if (c.role === 'admin') credentials.push(["an editor's token", bearer(await editorToken()), 'FORBIDDEN', 403]);
      for (const [what, headers, code, status] of credentials) {
        const before = await fingerprint(app.db);
        const response = await app.gql(c.document, variables, headers);
        expect({ what, status: response.status, codes: response.body.errors?.map((e) => e.extensions?.code) }).toEqual({
          what,
          status,
          codes: [code],
        });
        expect(response.body.data?.[c.mutation] ?? null).toBeNull();
        expect(await fingerprint(app.db)).toEqual(before);
      }

      const before = await fingerprint(app.db);
      const token = c.role === 'admin' ? await adminToken() : await editorToken();
      const data = dataOf(await app.gql(c.document, variables, bearer(token)));
      const result = data[c.mutation];
      expect(result.change).toMatchObject({ mutation: c.mutation, curator: c.role === 'admin' ? 'test-admin' : 'test-editor' });
      expect(result.replayed).toBe(false);
      changeIds[c.mutation] = result.change.id;
      const after = await fingerprint(app.db);
      expect(after.changes).toBe((before.changes ?? 0) + 1);
    },
  );
});
