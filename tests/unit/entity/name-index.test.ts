import { NameIndex, type NamedEntity } from '../../../src/entity/name-index';

const state = (id: string, name: string, more: Partial<NamedEntity> = {}): NamedEntity => ({
  id,
  name,
  aliases: [],
  label: 'State',
  iso2: null,
  iso3: null,
  isoNumeric: null,
  cowCode: null,
  gwCode: null,
  from: null,
  until: null,
  ...more,
});

const index = new NameIndex([
  state('GBR', 'United Kingdom', { aliases: ['UK', 'Britain'], iso2: 'GB', iso3: 'GBR', isoNumeric: 826, cowCode: 200 }),
  state('AUT', 'Austria', { isoNumeric: 40 }),
  state('TUR', 'Türkiye', { aliases: ['Turkey'], iso2: 'TR', iso3: 'TUR', cowCode: 640 }),
  state('CIV', "Côte d'Ivoire", { aliases: ['Ivory Coast'], iso3: 'CIV' }),
  state('SUN', 'Soviet Union', { aliases: ['USSR'], cowCode: 365, from: '1922-12-30', until: '1991-12-26' }),
  state('RUS', 'Russia', { cowCode: 365, gwCode: 365 }),
  state('russian-empire', 'Russian Empire', { cowCode: 365, from: '1721-11-02', until: '1917-09-14' }),
  state('COG', 'Congo', { aliases: ['Republic of the Congo'] }),
  state('COD', 'DR Congo', { aliases: ['Congo', 'Zaire'] }),
]);

describe('NameIndex', () => {
  it.each([
    ['UK', 'GBR', 'ALIAS'],
    ['gb', 'GBR', 'ISO2'],
    ['gbr', 'GBR', 'ID'],
    ['  united   KINGDOM ', 'GBR', 'NAME'],
    ['turkiye', 'TUR', 'NAME'],
    ['Turkey', 'TUR', 'ALIAS'],
    ['cote d’ivoire'.replace('’', "'"), 'CIV', 'NAME'],
    ['640', 'TUR', 'COW_CODE'],
    ['826', 'GBR', 'ISO_NUMERIC'],
    ['040', 'AUT', 'ISO_NUMERIC'],
  ])('matches %s to %s by %s', (input, id, kind) => {
    expect(index.resolve(input, null)).toEqual({ input, status: 'MATCHED', entityId: id, matchedBy: kind, candidateIds: [] });
  });

  it('settles a code several states held by the one known to exist on the date', () => {
    expect(index.resolve('365', '1980-01-01')).toMatchObject({ status: 'MATCHED', entityId: 'SUN', matchedBy: 'COW_CODE' });
    expect(index.resolve('365', '1900-01-01')).toMatchObject({ status: 'MATCHED', entityId: 'russian-empire' });
    // Russia's start is not recorded: in 2000 it is the only holder that may exist.
    expect(index.resolve('365', '2000-01-01')).toMatchObject({ status: 'MATCHED', entityId: 'RUS' });
  });

  it('says a name is ambiguous, with every candidate, when no date settles it', () => {
    expect(index.resolve('365', null)).toMatchObject({ status: 'AMBIGUOUS', candidateIds: ['SUN', 'RUS', 'russian-empire'] });
    expect(index.resolve('Congo', '2000-01-01')).toMatchObject({ status: 'AMBIGUOUS', candidateIds: ['COG', 'COD'] });
  });

  it('answers a name it does not know with the closest names', () => {
    const answer = index.resolve('Untied Kingdom', null);
    expect(answer).toMatchObject({ status: 'NOT_FOUND', entityId: null, matchedBy: null });
    expect(answer.candidateIds[0]).toBe('GBR');
  });
});
