import { startTestApp, type TestApp } from '../helpers/app';
import { dataOrThrow } from '../helpers/paging';

const RESOLVE = `query ($names: [String!]!, $asOf: Date, $types: [EntityType!]) {
  resolve(names: $names, asOf: $asOf, types: $types) { input status matchedBy entity { id } candidates { id } }
}`;

/** Names and codes from an analyst's spreadsheet, resolved on the curated data in one call. */
describe('resolve: names and codes to entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const resolve = async (names: string[], more: Record<string, unknown> = {}) =>
    (await dataOrThrow(app, RESOLVE, { names, ...more })).resolve as any[];

  it('answers each input in order, with what it matched and how', async () => {
    const answers = await resolve(['UK', 'Türkiye', 'turkey', 'Ivory Coast', 'DE', 'FRA', '2', 'NATO', '826', '040']);
    expect(answers.map((a) => [a.input, a.status, a.entity?.id, a.matchedBy])).toEqual([
      ['UK', 'MATCHED', 'GBR', 'ALIAS'],
      ['Türkiye', 'MATCHED', 'TUR', 'NAME'],
      ['turkey', 'MATCHED', 'TUR', 'ALIAS'],
      ['Ivory Coast', 'MATCHED', 'CIV', 'ALIAS'],
      ['DE', 'MATCHED', 'DEU', 'ISO2'],
      ['FRA', 'MATCHED', 'FRA', 'ID'],
      ['2', 'MATCHED', 'USA', 'COW_CODE'],
      ['NATO', 'MATCHED', 'nato', 'ID'],
      ['826', 'MATCHED', 'GBR', 'ISO_NUMERIC'],
      ['040', 'MATCHED', 'AUT', 'ISO_NUMERIC'],
    ]);
  });

  it('says a number that is one state’s ISO code and another’s COW number is ambiguous', async () => {
    // 840 is the United States in ISO 3166-1 and the Philippines in the Correlates of War.
    const [both] = await resolve(['840']);
    expect(both.status).toBe('AMBIGUOUS');
    expect(both.candidates.map((c: { id: string }) => c.id).sort()).toEqual(['PHL', 'USA']);
  });

  it('settles a code several states held by the date', async () => {
    const [in1980] = await resolve(['365'], { asOf: '1980-01-01' });
    expect(in1980).toMatchObject({ status: 'MATCHED', entity: { id: 'SUN' }, matchedBy: 'COW_CODE' });
    const [undated] = await resolve(['365']);
    expect(undated.status).toBe('AMBIGUOUS');
    expect(undated.candidates.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['SUN', 'RUS']));
  });

  it('answers a name it does not know with the closest names, and keeps to the kinds asked for', async () => {
    const [typo] = await resolve(['Untied Kingdom'], { types: ['STATE'] });
    expect(typo).toMatchObject({ status: 'NOT_FOUND', entity: null, matchedBy: null });
    expect(typo.candidates[0].id).toBe('GBR');
    const [alliance] = await resolve(['NATO'], { types: ['STATE'] });
    expect(alliance.status).toBe('NOT_FOUND');
  });

  it('refuses more than 500 names, naming the argument', async () => {
    const { body } = await app.gql(RESOLVE, { names: Array.from({ length: 501 }, (_, i) => `n${i}`) });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'names' });
  });
});
