import { buildSchema, graphql, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createFormatError, withoutSuggestions } from '../../../src/graphql/format-error';

// A schema with near-miss names for every kind of suggestion graphql-js makes.
const schema = buildSchema(`
  enum Region { EUROPE ASIA AFRICA AMERICAS OCEANIA }
  input Filter { region: Region name: String names: [String] nam1: String }
  interface Node { id: ID! }
  type State implements Node { id: ID! name: String }
  type Alliance implements Node { id: ID! name: String }
  type Query { state(id: ID, filter: Filter): State node(id: ID): Node }
`);

/** What graphql-js itself answers, so the test follows its wording rather than a copy of it. */
async function messagesOf(source: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  const result = await graphql({ schema, source, variableValues });
  return (result.errors ?? []).map((error) => error.message);
}

// Each row has its variables, none or some: jest.each reads a shorter row as asking for `done`.
const MISTAKES: [string, string, Record<string, unknown>][] = [
  ['an enum value in variables', 'query ($r: Region) { state(filter: { region: $r }) { id } }', { r: 'EUROP' }],
  ['an input field in variables', 'query ($f: Filter) { state(filter: $f) { id } }', { f: { regoin: 'EUROPE' } }],
  ['a field', '{ state { nme } }', {}],
  ['an input field, with three suggestions', '{ state(filter: { nam: "x" }) { id } }', {}],
  ['an enum literal', '{ state(filter: { region: EUROP }) { id } }', {}],
  ['an enum given as a string', '{ state(filter: { region: "EUROPE" }) { id } }', {}],
  ['an argument', '{ state(idd: "x") { id } }', {}],
  ['a type', 'query ($f: Filtr) { state(filter: $f) { id } }', {}],
  ['a field only its implementations have, with two', '{ node { name } }', {}],
  ['a selection left off', '{ state }', {}],
];

describe('withoutSuggestions', () => {
  it.each(MISTAKES)('removes every suggestion graphql-js makes for %s, leaving the rest', async (_what, source, variables) => {
    const messages = await messagesOf(source, variables);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/ Did you mean .+\?$/);
      const hidden = withoutSuggestions(message);
      expect(hidden).not.toMatch(/did you mean/i);
      expect(hidden).toBe(message.slice(0, message.indexOf(' Did you mean')));
    }
  });

  it('leaves messages without a suggestion alone, a question of their own included', () => {
    const plain = 'Variable "$id" of required type "ID!" was not provided. Is that a question?';
    expect(withoutSuggestions(plain)).toBe(plain);
  });
});

describe('createFormatError', () => {
  const suggesting: GraphQLFormattedError = {
    message: 'Value "EUROP" does not exist in "Region" enum. Did you mean the enum value "EUROPE"?',
    extensions: { code: 'BAD_USER_INPUT' },
  };

  it('strips suggestions only when they are to be hidden', () => {
    const error = new GraphQLError(suggesting.message);
    expect(createFormatError({ hideSuggestions: true })(suggesting, error)).toEqual({
      message: 'Value "EUROP" does not exist in "Region" enum.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(createFormatError({ hideSuggestions: false })(suggesting, error)).toEqual(suggesting);
  });

  it('still masks an internal error, whatever the setting', () => {
    const internal: GraphQLFormattedError = {
      message: 'Cannot read properties of undefined',
      path: ['state'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    };
    for (const hideSuggestions of [true, false]) {
      expect(createFormatError({ hideSuggestions })(internal, new Error('x'))).toEqual({
        message: 'Internal server error',
        locations: undefined,
        path: ['state'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });
});
