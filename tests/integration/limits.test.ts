import { startTestApp, type TestApp } from '../helpers/app';

/** `{ state { sources { sources { … id } } } }` with `depth` levels of fields, the leaf included. */
function nestedQuery(depth: number): string {
  let inner = 'id';
  for (let level = 2; level < depth; level += 1) inner = `sources { ${inner} }`;
  return `{ state(id: "test-limits") { ${inner} } }`;
}

const aliased = (count: number): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: state(id: "x${i}") { id }`).join(' ')} }`;

const withDirectives = (count: number): string => `{ ${'__typename @include(if: true) '.repeat(count)}}`;

async function rejectedWith(app: TestApp, query: string): Promise<string | undefined> {
  const { status, body } = await app.gql(query);
  if (status === 200 && !body.errors) return undefined;
  expect(status).toBe(400);
  return body.errors?.map((e) => e.message).join(' | ');
}

describe('query-shape limits (each just under and just over)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '15', GRAPHQL_MAX_DIRECTIVES: '5' });
  });
  afterAll(() => app.close());

  it('depth: at the limit passes, one deeper is rejected', async () => {
    expect(await rejectedWith(app, nestedQuery(6))).toBeUndefined();
    expect(await rejectedWith(app, nestedQuery(7))).toMatch(/depth/i);
  });

  it('depth through fragments counts the same', async () => {
    const query = `{ state(id: "x") { ...deep } } fragment deep on State { sources { sources { sources { sources { sources { id } } } } } }`;
    expect(await rejectedWith(app, query)).toMatch(/depth/i);
  });

  it('aliases: 15 pass, 16 are rejected', async () => {
    expect(await rejectedWith(app, aliased(15))).toBeUndefined();
    expect(await rejectedWith(app, aliased(16))).toMatch(/alias/i);
  });

  it('directives: 5 pass, 6 are rejected', async () => {
    expect(await rejectedWith(app, withDirectives(5))).toBeUndefined();
    expect(await rejectedWith(app, withDirectives(6))).toMatch(/directive/i);
  });
});

describe('token and cost limits', () => {
  async function withLimits(env: Record<string, string>, run: (app: TestApp) => Promise<void>): Promise<void> {
    const app = await startTestApp(env);
    try {
      await run(app);
    } finally {
      await app.close();
    }
  }

  it('cost: a query costing exactly the limit passes, one over is rejected', async () => {
    const query =
      '{ a: state(id: "EST") { id name aliases sources { id title } } b: source(id: "nato-member-countries") { id title } }';
    // graphql-armor's cost: a leaf costs 1; a field with a selection costs 2 plus 1.5 × the cost of
    // each selected field (times `first`/`last`, absent here); the operation is the sum of its fields.
    //   sources { id title }     = 2 + 1.5×(1 + 1)           = 5
    //   a: state { … sources }   = 2 + 1.5×(1 + 1 + 1 + 5)   = 14
    //   b: source { id title }   = 2 + 1.5×(1 + 1)           = 5
    //   the operation            = 14 + 5                    = 19
    await withLimits({ GRAPHQL_MAX_COST: '19' }, async (app) => {
      const { status, body } = await app.gql(query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const { a, b } = body.data as Record<string, any>;
      expect({ id: a.id, name: a.name, aliases: a.aliases, b: b.id }).toEqual({
        id: 'EST',
        name: 'Estonia',
        aliases: ['Republic of Estonia'],
        b: 'nato-member-countries',
      });
      expect(a.sources.length).toBeGreaterThan(0);
    });
    await withLimits({ GRAPHQL_MAX_COST: '18' }, async (app) =>
      expect(await rejectedWith(app, query)).toMatch(/Query Cost limit of 18 exceeded, found 19\./),
    );
  });

  it('tokens: a document of exactly the limit passes, one token more is rejected', async () => {
    // `{ __typename × k }` is k + 2 tokens.
    await withLimits({ GRAPHQL_MAX_TOKENS: '502' }, async (app) => {
      expect(await rejectedWith(app, `{ ${'__typename '.repeat(500)}}`)).toBeUndefined();
      expect(await rejectedWith(app, `{ ${'__typename '.repeat(501)}}`)).toMatch(/token/i);
    });
  });

  it("tokens: the default refuses graphql-cop's 500 duplicated fields", async () => {
    await withLimits({}, async (app) => expect(await rejectedWith(app, `{ ${'__typename '.repeat(500)}}`)).toMatch(/token/i));
  });
});

describe('HTTP limits and protections', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ GRAPHQL_BODY_LIMIT: '100kb' });
  });
  afterAll(() => app.close());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers, body });

  it('accepts a body just under the limit and answers 413 just over it', async () => {
    const padding = (size: number): string => JSON.stringify({ query: `{ __typename }${' '.repeat(size)}` });
    const under = padding(100 * 1024 - 40);
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(100 * 1024);
    const answer = await post(under);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await post(padding(100 * 1024 + 10))).status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ __typename }' }))));
    expect(response.status).toBe(400);
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    expect((await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await fetch(`${app.url}/graphql?query=%7B__typename%7D`)).status).toBe(400);
    const preflighted = await fetch(`${app.url}/graphql?query=%7B__typename%7D`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('refuses JSON in another charset (415) and a body that is not JSON (400)', async () => {
    expect(
      (await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=latin1' })).status,
    ).toBe(415);
    expect((await post('{"query": ', { 'content-type': 'application/json' })).status).toBe(400);
  });

  it('allows no foreign origin by default', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS for listed origins', () => {
  it('allows a listed origin, preflight included, and no other', async () => {
    const app = await startTestApp({ CORS_ORIGINS: 'https://analysts.example' });
    try {
      const preflight = await fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://analysts.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://analysts.example');
      const other = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('what errors reveal', () => {
  it('hides field suggestions when configured (on by default in production)', async () => {
    const app = await startTestApp({ GRAPHQL_HIDE_SUGGESTIONS: 'true' });
    try {
      const { body } = await app.gql('{ stat(id: "x") { id } }');
      expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
    } finally {
      await app.close();
    }
  });

  it('suggests fields in development', async () => {
    const app = await startTestApp({ GRAPHQL_HIDE_SUGGESTIONS: 'false' });
    try {
      const { body } = await app.gql('{ stat(id: "x") { id } }');
      expect(JSON.stringify(body)).toMatch(/Did you mean/);
    } finally {
      await app.close();
    }
  });

  it('turns introspection off when configured', async () => {
    const app = await startTestApp({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const { status } = await app.gql('{ __schema { types { name } } }');
      expect(status).toBe(400);
    } finally {
      await app.close();
    }
  });

  it('never sends a stack trace, even for an internal failure', async () => {
    const app = await startTestApp();
    await app.db.close();
    try {
      const { body } = await app.gql('{ state(id: "x") { id } }');
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|exception|\.ts:\d+|at .*\(/);
    } finally {
      await app.server.stop();
    }
  });
});
