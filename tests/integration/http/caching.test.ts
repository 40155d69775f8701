import { createHash } from 'node:crypto';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app';
import { bearer, CURATED_SOURCE, dataOf, editorToken, removeTestEntities } from '../../helpers/curation';
import { TEST_AUTH_ENV } from '../../helpers/tokens';

const P = 'test-caching-';
const STATE = `query ($id: ID!) { state(id: $id) { id name } }`;
const UPSERT_STATE = `mutation ($input: UpsertStateInput!) { upsertState(input: $input) { state { id name version } } }`;
// Apollo's CSRF prevention lets a GET through with this header (or any non-simple header).
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** A GraphQL GET as a front end or CDN sends it: the query and variables in the URL. */
function get(app: TestApp, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return fetch(`${app.url}/graphql?${params}`, { headers: { ...PREFLIGHT, ...headers } });
}

describe('HTTP caching of reads: Cache-Control from the schema, ETag and 304 on GET', () => {
  let app: TestApp;
  let editor: Record<string, string>;
  const id = `${P}state`;

  beforeAll(async () => {
    app = await startTestApp({ ...TEST_AUTH_ENV, CACHE_MAX_AGE_SECONDS: '120' });
    await removeTestEntities(app.db, P);
    editor = bearer(await editorToken());
    dataOf(await app.gql(UPSERT_STATE, { input: { id, name: 'Cachedland', sourceIds: [CURATED_SOURCE] } }, editor));
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  it('a public read may be kept by shared caches for the configured maxAge, and carries the hash of its answer as ETag', async () => {
    const response = await get(app, STATE, { id });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=120, public');
    const expected = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    expect(response.headers.get('etag')).toBe(`"${expected}"`);
  });

  it('answers 304 with no body when the tag is sent back, and the full answer for any other tag', async () => {
    const first = await get(app, STATE, { id });
    const etag = first.headers.get('etag') as string;
    const again = await get(app, STATE, { id }, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('max-age=120, public');
    // A weak form of the same tag matches too (RFC 9110's weak comparison).
    expect((await get(app, STATE, { id }, { 'if-none-match': `W/${etag}` })).status).toBe(304);
    const other = await get(app, STATE, { id }, { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(dataOf({ status: 200, body: (await other.json()) as GraphQLResponse['body'] }).state.name).toBe('Cachedland');
  });

  it('a curated write that changes the answer invalidates its tag: the old tag gets the new answer', async () => {
    const before = await get(app, STATE, { id });
    const etag = before.headers.get('etag') as string;
    const written = dataOf(
      await app.gql(
        UPSERT_STATE,
        { input: { id, name: 'Renamedland', sourceIds: [CURATED_SOURCE], expectedVersion: 1 } },
        editor,
      ),
    );
    expect(written.upsertState.state.name).toBe('Renamedland');
    const after = await get(app, STATE, { id }, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(dataOf({ status: 200, body: (await after.json()) as GraphQLResponse['body'] }).state.name).toBe('Renamedland');
  });

  it('an answer to a request with credentials is private: no shared cache may keep it', async () => {
    const response = await get(app, STATE, { id }, editor);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=120, private');
  });

  it('the audit log is never cached: its schema hint is maxAge 0', async () => {
    const params = new URLSearchParams({ query: '{ changes(first: 1) { edges { node { id } } } }' });
    const response = await fetch(`${app.url}/graphql?${params}`, { headers: { ...PREFLIGHT, ...editor } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('answers with errors and mutations are no-store and carry no ETag', async () => {
    const missing = await get(
      app,
      `query ($id: ID!) { state(id: $id) { id } shortestPath(from: $id, to: "nowhere-at-all", asOf: "2000-01-01") { length } }`,
      { id },
    );
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(missing.headers.get('etag')).toBeNull();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...editor },
      body: JSON.stringify({
        query: UPSERT_STATE,
        variables: { input: { id, name: 'Renamedland', sourceIds: [CURATED_SOURCE] } },
      }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('a GET without a preflight header is refused by CSRF prevention, as the README says', async () => {
    const params = new URLSearchParams({ query: STATE, variables: JSON.stringify({ id }) });
    const response = await fetch(`${app.url}/graphql?${params}`);
    expect(response.status).toBe(400);
  });

  it('persisted queries: a GET by hash alone, once the query is known, is cached like any other', async () => {
    const sha256Hash = createHash('sha256').update(STATE).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const byHash = () =>
      fetch(`${app.url}/graphql?${new URLSearchParams({ extensions, variables: JSON.stringify({ id }) })}`, {
        headers: PREFLIGHT,
      });
    const unknown = (await (await byHash()).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // The client then sends the query with its hash once; from then on the short URL works.
    const registered = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATE, variables: { id }, extensions: JSON.parse(extensions) }),
    });
    expect(registered.status).toBe(200);
    const response = await byHash();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=120, public');
    const etag = response.headers.get('etag') as string;
    expect(etag).toMatch(/^".+"$/);
    expect(
      (
        await fetch(`${app.url}/graphql?${new URLSearchParams({ extensions, variables: JSON.stringify({ id }) })}`, {
          headers: { ...PREFLIGHT, 'if-none-match': etag },
        })
      ).status,
    ).toBe(304);
  });
});
