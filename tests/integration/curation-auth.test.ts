import { startTestApp, type TestApp } from '../helpers/app';
import { adminToken, bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import {
  algNoneToken,
  badSignatureToken,
  expiredToken,
  mintToken,
  TEST_AUTH_ENV,
  TEST_JWT_SECRET,
  viewerToken,
  wrongAudienceToken,
} from '../helpers/tokens';

const P = 'test-auth-';

const adminTokenFor = (sub: string): Promise<string> => mintToken({ secret: TEST_JWT_SECRET, sub, roles: ['admin'] });

/** The ids one test's chain of writes uses: each test makes its own, so that none needs another to run first. */
interface Ids {
  SRC: string;
  STATE: string;
  ALLIANCE: string;
  TREATY: string;
  CONFLICT: string;
  OPERATION: string;
}
const idsOf = (scope: number): Ids => {
  const id = (kind: string) => `${P}${scope}-${kind}`;
  return {
    SRC: id('source'),
    STATE: id('state'),
    ALLIANCE: id('alliance'),
    TREATY: id('treaty'),
    CONFLICT: id('conflict'),
    OPERATION: id('operation'),
  };
};

interface Case {
  mutation: string;
  role: 'editor' | 'admin';
  document: string;
  variables: (ids: Ids, previous: Record<string, string>) => Record<string, unknown>;
}

const payload = 'change { id mutation curator } replayed';
const doc = (mutation: string, inputType: string, selection = '') =>
  `mutation M($input: ${inputType}!) { ${mutation}(input: $input) { ${payload} ${selection} } }`;

// Every mutation, in an order in which each succeeds for a curator with the role: the later ones
// end, revert or delete what the earlier ones made. Each test first makes, with its own ids, what
// the mutations before its own made.
const CASES: Case[] = [
  {
    mutation: 'upsertSource',
    role: 'editor',
    document: doc('upsertSource', 'UpsertSourceInput', 'source { id }'),
    variables: ({ SRC }) => ({ input: { id: SRC, title: 'A test source' } }),
  },
  {
    mutation: 'upsertState',
    role: 'editor',
    document: doc('upsertState', 'UpsertStateInput', 'state { id }'),
    variables: ({ SRC, STATE }) => ({ input: { id: STATE, name: 'Testland', sourceIds: [SRC] } }),
  },
  {
    mutation: 'upsertAlliance',
    role: 'editor',
    document: doc('upsertAlliance', 'UpsertAllianceInput', 'alliance { id }'),
    variables: ({ SRC, ALLIANCE }) => ({
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
    variables: ({ SRC, TREATY }) => ({
      input: { id: TREATY, name: 'Test Treaty', kind: 'TREATY', signed: '2002-05', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'upsertConflict',
    role: 'editor',
    document: doc('upsertConflict', 'UpsertConflictInput', 'conflict { id }'),
    variables: ({ SRC, CONFLICT }) => ({
      input: { id: CONFLICT, name: 'Test War', kind: 'WAR', started: '2003', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'upsertOperation',
    role: 'editor',
    document: doc('upsertOperation', 'UpsertOperationInput', 'operation { id }'),
    variables: ({ OPERATION }) => ({
      input: { id: OPERATION, name: 'Test Exercise', kind: 'exercise', sourceIds: [CURATED_SOURCE] },
    }),
  },
  {
    mutation: 'addMembership',
    role: 'editor',
    document: doc('addMembership', 'AddMembershipInput', 'membership { alliance { id } }'),
    variables: ({ SRC, STATE, ALLIANCE }) => ({
      input: { stateId: STATE, allianceId: ALLIANCE, from: '2001-06-01', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'endMembership',
    role: 'editor',
    document: doc('endMembership', 'EndMembershipInput', 'membership { until }'),
    variables: ({ SRC, STATE, ALLIANCE }) => ({
      input: { stateId: STATE, allianceId: ALLIANCE, until: '2005', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'addTreatyParty',
    role: 'editor',
    document: doc('addTreatyParty', 'AddTreatyPartyInput', 'party { treaty { id } }'),
    variables: ({ SRC, STATE, TREATY }) => ({ input: { stateId: STATE, treatyId: TREATY, from: '2002-06', sourceIds: [SRC] } }),
  },
  {
    mutation: 'endTreatyParty',
    role: 'editor',
    document: doc('endTreatyParty', 'EndTreatyPartyInput', 'party { until }'),
    variables: ({ SRC, STATE, TREATY }) => ({ input: { stateId: STATE, treatyId: TREATY, until: '2004', sourceIds: [SRC] } }),
  },
  {
    mutation: 'addConflictParticipant',
    role: 'editor',
    document: doc('addConflictParticipant', 'AddConflictParticipantInput', 'participation { side }'),
    variables: ({ SRC, STATE, CONFLICT }) => ({
      input: { actorId: STATE, conflictId: CONFLICT, role: 'BELLIGERENT', side: 'A', from: '2003', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'endConflictParticipant',
    role: 'editor',
    document: doc('endConflictParticipant', 'EndConflictParticipantInput', 'participation { until }'),
    variables: ({ SRC, STATE, CONFLICT }) => ({
      input: { actorId: STATE, conflictId: CONFLICT, until: '2003-12', sourceIds: [SRC] },
    }),
  },
  {
    mutation: 'revertChange',
    role: 'admin',
    document: doc('revertChange', 'RevertChangeInput'),
    variables: (_ids, previous) => ({ input: { changeId: previous.endConflictParticipant } }),
  },
  {
    mutation: 'deleteEntity',
    role: 'admin',
    document: doc('deleteEntity', 'DeleteEntityInput', 'deletedId'),
    variables: ({ OPERATION }) => ({ input: { id: OPERATION, sourceIds: [CURATED_SOURCE] } }),
  },
];

describe('who may write: every mutation against every kind of bad credential', () => {
  let app: TestApp;
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
      // Signed by the right key, but the audit trail would store its sub as the curator.
      ['a token whose sub holds control characters', bearer(await adminTokenFor('evil\u001b[2J\nadmin')), 'UNAUTHENTICATED', 401],
      ['a token whose sub is 10 KB', bearer(await adminTokenFor('a'.repeat(10_240))), 'UNAUTHENTICATED', 401],
      [
        'a token valid for a year (AUTH_JWT_MAX_LIFETIME_H is 24)',
        bearer(await mintToken({ secret: TEST_JWT_SECRET, roles: ['admin'], expiresInSeconds: 365 * 24 * 3600 })),
        'UNAUTHENTICATED',
        401,
      ],
      ["a viewer's token", bearer(await viewerToken(TEST_JWT_SECRET)), 'FORBIDDEN', 403],
    ];
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  const tokenFor = (c: Case): Promise<string> => (c.role === 'admin' ? adminToken() : editorToken());

  it.each(CASES.map((c, index) => [c.mutation, c, index] as const))(
    '%s: refused without the role, writing nothing; then done by a curator with it',
    async (_name, c, index) => {
      const ids = idsOf(index);
      const changeIds: Record<string, string> = {};
      for (const earlier of CASES.slice(0, index)) {
        const data = dataOf(await app.gql(earlier.document, earlier.variables(ids, changeIds), bearer(await tokenFor(earlier))));
        changeIds[earlier.mutation] = data[earlier.mutation].change.id;
      }
      const variables = c.variables(ids, changeIds);
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
      const data = dataOf(await app.gql(c.document, variables, bearer(await tokenFor(c))));
      const result = data[c.mutation];
      expect(result.change).toMatchObject({ mutation: c.mutation, curator: c.role === 'admin' ? 'test-admin' : 'test-editor' });
      expect(result.replayed).toBe(false);
      const after = await fingerprint(app.db);
      expect(after.changes).toBe((before.changes ?? 0) + 1);
    },
  );
});
