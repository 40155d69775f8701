import { fixture } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/app';

/** A Content-Security-Policy header as its directives, each with its sources. */
function directives(header: string | null): Record<string, string[]> {
  const entries = (header ?? '').split(';').map((directive) => directive.trim().split(/\s+/));
  return Object.fromEntries(entries.map(([name = '', ...sources]) => [name, sources]));
}

describe('the HTTP service over a real Neo4j', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.db.write(fixture('create-state'), { id: 'test-http-state', name: 'Testland' });
  });
  afterAll(async () => {
    await app.db.write(fixture('delete-by-id-prefix'), { prefix: 'test-http-' });
    await app.close();
  });

  it('GET /healthz answers 200 while the process is up', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('GET /readyz answers 200 when Neo4j answers and the indexes are online', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers a GraphQL query from Neo4j', async () => {
    const { status, body } = await app.gql('query ($id: ID!) { state(id: $id) { id name } }', { id: 'test-http-state' });
    expect(status).toBe(200);
    expect(body.data).toEqual({ state: { id: 'test-http-state', name: 'Testland' } });
  });

  it('returns null for an unknown id', async () => {
    const { body } = await app.gql('{ state(id: "test-http-nobody") { id } node(id: "test-http-nobody") { id } }');
    expect(body.data).toEqual({ state: null, node: null });
  });

  it('serves the playground to browsers, and only assets from itself', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('graphiql');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // Exactly this host for scripts and requests: an added 'unsafe-inline', 'unsafe-eval' or host fails.
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'init.js', 'examples.json']) {
      expect((await fetch(`${app.url}/playground/${asset}`)).status).toBe(200);
    }
  });
});

describe('readiness without Neo4j', () => {
  it('GET /readyz answers 503 with a reason when Neo4j does not answer', async () => {
    const app = await startTestApp();
    await app.db.close();
    try {
      const response = await fetch(`${app.url}/readyz`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { reason: string }).reason).toMatch(/Neo4j/);
    } finally {
      await app.server.stop();
    }
  });
});
