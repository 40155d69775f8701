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

  // alliance, members and edges once; node and id once per member asked for: 3 + 2n.
  const MEMBERS = 'query ($n: Int) { alliance(id: "nato") { members(first: $n) { edges { node { id } } } } }';

  it('cost: priced after variables; exactly the limit passes and reports its cost, one over is refused', async () => {
    await withLimits({ GRAPHQL_MAX_COST: '43' }, async (app) => {
      const passed = await app.gql(MEMBERS, { n: 20 });
      expect(passed.status).toBe(200);
      expect(passed.body.errors).toBeUndefined();
      expect((passed.body as { extensions?: unknown }).extensions).toEqual({ cost: { requested: 43, limit: 43 } });
      const refused = await app.gql(MEMBERS, { n: 21 });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 45, limit: 43 });
      expect(refused.body.errors?.[0]?.message).not.toMatch(/syntax/i);
      // Estimates are kept by document and variables (src/graphql/variables-memo.ts): asked again, each answers the same.
      expect((await app.gql(MEMBERS, { n: 20 })).body).toEqual(passed.body);
      expect((await app.gql(MEMBERS, { n: 21 })).body).toEqual(refused.body);
    });
  });

  it('cost: the variable bypass of issue 10 is refused with the defaults', async () => {
    await withLimits({}, async (app) => {
      const threeDeep = `query ($n: Int) { alliance(id: "nato") { members(first: $n) { edges { node {
        memberships(first: $n) { edges { node { members(first: $n) { edges { node { id name } } } } } } } } } } }`;
      const { status, body } = await app.gql(threeDeep, { n: 100 });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(Number(body.errors?.[0]?.extensions?.cost)).toBeGreaterThan(Number(body.errors?.[0]?.extensions?.limit));
    });
  });

  it('limits: refusals carry their own codes, never a syntax error; __typename aliases count, the schema is asked once', async () => {
    await withLimits({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_ALIASES: '15' }, async (app) => {
      const deep = await app.gql('{ state(id: "EST") { sources { sources { id } } } }');
      expect(deep.status).toBe(400);
      expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 4, limit: 3 });
      expect(deep.body.errors?.[0]?.message).not.toMatch(/syntax/i);
      const typenames = (k: number) => `{ ${Array.from({ length: k }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      expect((await app.gql(typenames(15))).status).toBe(200);
      const many = await app.gql(typenames(16));
      expect(many.status).toBe(400);
      expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', aliases: 16, limit: 15 });
      expect((await app.gql('{ __schema { queryType { name } } }')).status).toBe(200);
      const twice = await app.gql('{ a: __schema { queryType { name } } b: __schema { queryType { name } } }');
      expect(twice.status).toBe(400);
      expect(twice.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', introspections: 2, limit: 1 });
    });
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
    expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });
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

  it('turns introspection off when configured, and the playground with it', async () => {
    const app = await startTestApp({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const { status } = await app.gql('{ __schema { types { name } } }');
      expect(status).toBe(400);
      const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      expect(await page.text()).toMatch(/playground is off here, as introspection is \(GRAPHQL_INTROSPECTION=false\)/);
      expect((await fetch(`${app.url}/playground/graphiql.js`)).status).toBe(404);
      expect((await app.gql('{ state(id: "EST") { id } }')).body.data).toEqual({ state: { id: 'EST' } });
    } finally {
      await app.close();
    }
  });

  it('serves no playground on a service that listens beyond loopback, unless PLAYGROUND asks for it', async () => {
    const deployed = await startTestApp({ HOST: '0.0.0.0' });
    try {
      const page = await fetch(`${deployed.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      expect(await page.text()).toMatch(
        /playground is off here \(PLAYGROUND=false, the default when HOST is not a loopback address\)/,
      );
      expect((await fetch(`${deployed.url}/playground/graphiql.js`)).status).toBe(404);
      // Introspection, and so client code generation, still works.
      expect((await deployed.gql('{ __schema { queryType { name } } }')).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
    } finally {
      await deployed.close();
    }
    const asked = await startTestApp({ HOST: '0.0.0.0', PLAYGROUND: 'true' });
    try {
      const page = await fetch(`${asked.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/Entente GraphQL playground/);
    } finally {
      await asked.close();
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
