import { cypher } from '../../src/db/cypher';
import { toPlain } from '../../src/db/mapping';
import { startTestApp, type TestApp } from '../helpers/app';
import { bearer, CURATED_SOURCE, dataOf, editorToken, fingerprint, removeTestEntities } from '../helpers/curation';
import { fixture } from '../helpers/fixtures';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-race-';
const PARALLEL = 100;
const CHANGES_OF_PREFIX = fixture('changes-of-prefix');
const PING = cypher('health/ping');
const UPSERT_STATE = `mutation ($input: UpsertStateInput!) { upsertState(input: $input) { state { id name version } change { id } replayed } }`;

describe('concurrent writes: each lands once, with its audit record, or is refused', () => {
  let app: TestApp;
  let editor: Record<string, string>;
  const upsert = (input: Record<string, unknown>) => app.gql(UPSERT_STATE, { input }, editor);

  beforeAll(async () => {
    // A connection for every write, so that they really do run side by side in Neo4j; and time
    // enough for the last of 100 writes queued on one entity's lock on a busy machine (at 5 s, a
    // few were stopped while waiting: this test is about who wins, not how fast).
    app = await startTestApp({ ...TEST_AUTH_ENV, NEO4J_POOL_SIZE: '100', NEO4J_QUERY_TIMEOUT_MS: '20000' });
    await removeTestEntities(app.db, P);
    editor = bearer(await editorToken());
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  it(`the app's driver holds ${PARALLEL} transactions open at once: the pool size reached it`, async () => {
    // With a smaller pool, a transaction beyond it would wait for a connection and time out.
    const sessions = Array.from({ length: PARALLEL }, () => app.db.driver.session({ database: 'neo4j' }));
    try {
      const open = await Promise.all(
        sessions.map(async (session) => {
          const tx = await session.beginTransaction();
          await tx.run(PING.text);
          return tx;
        }),
      );
      expect(open.filter((tx) => tx.isOpen())).toHaveLength(PARALLEL);
      await Promise.all(open.map((tx) => tx.rollback()));
    } finally {
      await Promise.all(sessions.map((session) => session.close()));
    }
  });

  it(`${PARALLEL} parallel creations with distinct ids all land, each with exactly one audit record`, async () => {
    const before = await fingerprint(app.db);
    const ids = Array.from({ length: PARALLEL }, (_, i) => `${P}distinct-${i}`);
    const responses = await Promise.all(ids.map((id) => upsert({ id, name: `Racer ${id}`, sourceIds: [CURATED_SOURCE] })));
    expect(responses.filter((r) => r.body.errors)).toEqual([]);
    const after = await fingerprint(app.db);
    expect(after.changes - before.changes).toBe(PARALLEL);
    const perId = await app.db.read(CHANGES_OF_PREFIX, { prefix: `${P}distinct-` });
    const counts = Object.fromEntries(perId.records.map((r) => [r.get('id'), toPlain(r.get('changes'))]));
    expect(counts).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
  });

  it(`${PARALLEL} parallel repeats of one idempotency key write once and all return that first result`, async () => {
    const before = await fingerprint(app.db);
    const input = { id: `${P}keyed`, name: 'Keyed once', sourceIds: [CURATED_SOURCE], idempotencyKey: 'race-key' };
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => upsert(input)));
    const results = responses.map((r) => dataOf(r).upsertState);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    // Apart from saying whether it is the replay, every response is the first one.
    const withoutReplayed = results.map(({ replayed: _replayed, ...rest }) => rest);
    expect(withoutReplayed.every((r) => JSON.stringify(r) === JSON.stringify(withoutReplayed[0]))).toBe(true);
    expect(withoutReplayed[0]?.state).toEqual({ id: `${P}keyed`, name: 'Keyed once', version: 1 });
    const after = await fingerprint(app.db);
    expect(after.changes - before.changes).toBe(1);
    expect(after.nodeVersions - before.nodeVersions).toBe(1);
  });

  it(`${PARALLEL} parallel updates from one version: exactly one wins, ${PARALLEL - 1} get CONFLICT`, async () => {
    const created = dataOf(await upsert({ id: `${P}contended`, name: 'Contended', sourceIds: [CURATED_SOURCE] })).upsertState;
    const before = await fingerprint(app.db);
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        upsert({ id: `${P}contended`, name: `Writer ${i}`, sourceIds: [CURATED_SOURCE], expectedVersion: created.state.version }),
      ),
    );
    const codes = responses.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(PARALLEL - 1);
    const winner = responses.find((r) => !r.body.errors);
    const state = dataOf(await app.gql(`{ state(id: "${P}contended") { name version } }`)).state;
    expect(state).toEqual({ name: dataOf(winner!).upsertState.state.name, version: created.state.version + 1 });
    const after = await fingerprint(app.db);
    expect(after.changes - before.changes).toBe(1);
  });
});
