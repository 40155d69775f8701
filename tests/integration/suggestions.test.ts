import { startTestApp, type TestApp } from '../helpers/app';

interface Mistake {
  query: string;
  variables?: Record<string, unknown>;
  /** What the error still says once its suggestion is gone. */
  says: RegExp;
}

const STATES = 'query ($f: StateFilter) { states(filter: $f, first: 1) { totalCount } }';

/**
 * Every way graphql-js 16 offers "Did you mean …" (grep node_modules/graphql for didYouMean): in
 * validation (unknown fields, arguments, types, input fields, enum literals, leaf fields without a
 * selection, a field on an interface) and in coercing variables (enum values, input object fields).
 */
const MISTAKES: Record<string, Mistake> = {
  'an enum value in variables': {
    query: 'query ($r: Region) { states(filter: { region: $r }, first: 1) { totalCount } }',
    variables: { r: 'EUROP' },
    says: /^Variable "\$r" got invalid value "EUROP"; Value "EUROP" does not exist in "Region" enum\.$/,
  },
  'an enum value in the wrong case in variables': {
    query: STATES,
    variables: { f: { region: 'europe' } },
    says: /Value "europe" does not exist in "Region" enum\.$/,
  },
  'an input object field in variables': {
    query: STATES,
    variables: { f: { regoin: 'EUROPE' } },
    says: /Field "regoin" is not defined by type "StateFilter"\.$/,
  },
  'an input field of a mutation in variables': {
    query: 'mutation ($i: UpsertStateInput!) { upsertState(input: $i) { replayed } }',
    variables: { i: { id: 'test-suggest', nmae: 'Testland', sourceIds: ['test-suggest-source'] } },
    says: /Field "nmae" is not defined by type "UpsertStateInput"\.$/,
  },
  'an enum literal': {
    query: '{ states(filter: { region: EUROP }, first: 1) { totalCount } }',
    says: /^Value "EUROP" does not exist in "Region" enum\.$/,
  },
  'an enum given as a string literal': {
    query: '{ states(filter: { region: "EUROPE" }, first: 1) { totalCount } }',
    says: /^Enum "Region" cannot represent non-enum value: "EUROPE"\.$/,
  },
  'an input object field literal': {
    query: '{ states(filter: { regoin: EUROPE }, first: 1) { totalCount } }',
    says: /^Field "regoin" is not defined by type "StateFilter"\.$/,
  },
  'a field': {
    query: '{ state(id: "test-suggest") { nmae } }',
    says: /^Cannot query field "nmae" on type "State"\.$/,
  },
  'a field of an interface that its types have': {
    query: '{ node(id: "test-suggest") { name } }',
    says: /^Cannot query field "name" on type "Node"\.$/,
  },
  'an argument': {
    query: '{ state(id: "test-suggest", idd: "test-suggest") { id } }',
    says: /^Unknown argument "idd" on field "Query\.state"\.$/,
  },
  'an argument of a directive': {
    query: '{ state(id: "test-suggest") { id @include(if: true, iff: true) } }',
    says: /^Unknown argument "iff" on directive "@include"\.$/,
  },
  'a type': {
    query: 'query ($f: StateFiltr) { states(filter: $f, first: 1) { totalCount } }',
    says: /^Unknown type "StateFiltr"\.$/,
  },
  'a selection left off an object field': {
    query: '{ state(id: "test-suggest") }',
    says: /^Field "state" of type "State" must have a selection of subfields\.$/,
  },
};

async function messagesOf(app: TestApp, { query, variables }: Mistake): Promise<{ text: string; messages: string[] }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  return { text, messages: (body.errors ?? []).map((error) => error.message) };
}

describe('"Did you mean" suggestions over HTTP', () => {
  let production: TestApp;
  let development: TestApp;
  beforeAll(async () => {
    // NODE_ENV=production hides suggestions by default (GRAPHQL_HIDE_SUGGESTIONS).
    production = await startTestApp({ NODE_ENV: 'production' });
    development = await startTestApp({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  it('are off by default in production and on in development', () => {
    expect(production.config.graphql.hideSuggestions).toBe(true);
    expect(development.config.graphql.hideSuggestions).toBe(false);
  });

  // Each mistake is one that draws a suggestion when they are on, so none passes here by accident.
  it.each(Object.entries(MISTAKES))('are given in development for %s', async (_mistake, mistake) => {
    const { messages } = await messagesOf(development, mistake);
    expect(messages).toEqual([expect.stringMatching(/ Did you mean .+\?$/)]);
  });

  it.each(Object.entries(MISTAKES))('never reach a client in production for %s', async (_mistake, mistake) => {
    const { text, messages } = await messagesOf(production, mistake);
    expect(text).not.toMatch(/did you mean/i);
    expect(text).not.toContain('Suggestion hidden');
    // The error still says what is wrong, ending where the suggestion began.
    expect(messages).toEqual([expect.stringMatching(mistake.says)]);
  });
});
