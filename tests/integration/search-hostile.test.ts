import { startTestApp, type TestApp } from '../helpers/app';

/** Lucene's operators and special characters, alone and around a word, as a user might type them. */
const HOSTILE = [
  'AND',
  'OR',
  'NOT',
  'TO',
  '&&',
  '||',
  '*',
  '?',
  '~',
  '"',
  '""',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '\\',
  '\\"',
  ':',
  '/',
  '//',
  '-',
  '+',
  '!',
  '^',
  "'",
  'name:',
  '/.*/',
  '[a TO z]',
  '{* TO *}',
  'a"b"c',
  '"unclosed phrase',
  '*:*',
  'searchText:*',
  '\u0000',
  '\u202e',
  '🛡️',
  '('.repeat(200),
  Array.from({ length: 100 }, () => 'a').join(' '),
];

/** The same operators around "NATO": the word must still be searched for, and NATO found. */
const AROUND_NATO = [
  'OR NATO',
  'NATO*',
  'NATO?',
  'NATO~',
  'NATO~2',
  'NATO^100',
  '"NATO',
  'NATO"',
  '(NATO',
  'NATO)',
  '[NATO',
  '{NATO}',
  '+NATO',
  '-NATO',
  '!NATO',
  'NATO\\',
  'NATO/',
  'NOT NATO',
];

describe('search with hostile text', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const search = (text: string, first = 10) =>
    app.gql('query ($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id } } }', {
      text,
      first,
    });

  it.each(HOSTILE.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    '%s gives results or a clear refusal, never an internal error',
    async (_shown, text) => {
      const { status, body } = await search(text);
      expect(status).toBe(200);
      if (body.errors) {
        expect(body.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors[0]?.extensions?.argument).toBe('text');
      } else {
        expect(Array.isArray(body.data?.search)).toBe(true);
      }
    },
  );

  // Operators are searched as words: "NATO AND" also looks for "and", and short names that hold
  // it ("Trinidad and Tobago") outrank NATO, so that one is only in the refusal-free list above.
  it.each(AROUND_NATO)('%s still finds NATO', async (text) => {
    const { status, body } = await search(text, 5);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data?.search as any[]).map((hit) => hit.entity.id)).toContain('nato');
  });

  it.each(['*:*', 'searchText:*', 'name:*'])('runs %s as text, not as a query matching every entity', async (text) => {
    const { body } = await search(text, 100);
    expect(body.errors).toBeUndefined();
    expect(body.data?.search).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and line breaks', '\t\n\r '],
    ['10,000 characters', 'NATO '.repeat(2_000)],
  ])('refuses %s as BAD_USER_INPUT naming text', async (_what, text) => {
    const { status, body } = await search(text);
    expect(status).toBe(200);
    expect(body.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' }),
    ]);
    expect(body.data).toBeNull();
  });

  it('still finds NATO with plain text after all that', async () => {
    const { body } = await search('NATO');
    expect(body.errors).toBeUndefined();
    expect((body.data?.search as any[])[0]?.entity.id).toBe('nato');
  });
});
