import { startTestApp, type TestApp } from '../helpers/app';
import { bearer, CURATED_SOURCE, dataOf, editorToken, removeTestEntities } from '../helpers/curation';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-undated-';
const sourced = { sourceIds: [CURATED_SOURCE] };

const UPSERT_TREATY = `mutation ($input: UpsertTreatyInput!) { upsertTreaty(input: $input) { treaty { id } } }`;
const ADD_PARTY = `mutation ($input: AddTreatyPartyInput!) { addTreatyParty(input: $input) { party { from } } }`;
const PARTIES = `query ($id: ID!, $asOf: Date) {
  treaty(id: $id) { parties(asOf: $asOf) { totalCount undatedCount edges { node { id } } } }
  state(id: "NOR") { treaties(asOf: $asOf) { undatedCount } }
}`;

/**
 * An as-of answer says how many rows it left out because their start is unknown, so that an
 * analyst can tell "not a party on that day" from "not known when it became one".
 */
describe.each([
  ['the read planner', 'true'],
  ['the loaders', 'false'],
])('rows of unknown start, read through %s', (_name, planner) => {
  let app: TestApp;
  const treaty = `${P}${planner}-pact`;

  beforeAll(async () => {
    app = await startTestApp({ ...TEST_AUTH_ENV, READ_PLANNER: planner });
    await removeTestEntities(app.db, `${P}${planner}`);
    const editor = bearer(await editorToken());
    const run = (query: string, input: Record<string, unknown>) => app.gql(query, { input }, editor);
    dataOf(await run(UPSERT_TREATY, { id: treaty, name: 'Test Pact', kind: 'TREATY', signed: '1990-01-01', ...sourced }));
    dataOf(await run(ADD_PARTY, { stateId: 'DNK', treatyId: treaty, from: '1990-01-01', ...sourced }));
    dataOf(await run(ADD_PARTY, { stateId: 'NOR', treatyId: treaty, ...sourced }));
    dataOf(await run(ADD_PARTY, { stateId: 'ISL', treatyId: treaty, until: '1995-01-01', ...sourced }));
  });
  afterAll(async () => {
    await removeTestEntities(app.db, `${P}${planner}`);
    await app.close();
  });

  it('counts the undated rows an as-of answer leaves out, and not those that had ended', async () => {
    const onDate = dataOf(await app.gql(PARTIES, { id: treaty, asOf: '2000-01-01' })).treaty.parties;
    expect(onDate).toEqual({ totalCount: 1, undatedCount: 1, edges: [{ node: { id: 'DNK' } }] });
    const before = dataOf(await app.gql(PARTIES, { id: treaty, asOf: '1994-06-01' })).treaty.parties;
    expect(before.undatedCount).toBe(2);
  });

  it('counts nothing as left out when no date is asked', async () => {
    const all = dataOf(await app.gql(PARTIES, { id: treaty })).treaty.parties;
    expect(all).toMatchObject({ totalCount: 3, undatedCount: 0 });
  });

  it('counts them seen from the state as well', async () => {
    const norway = dataOf(await app.gql(PARTIES, { id: treaty, asOf: '2000-01-01' })).state.treaties;
    expect(norway.undatedCount).toBeGreaterThanOrEqual(1);
  });
});
