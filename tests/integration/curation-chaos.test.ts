import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { toPlainObject } from '../../src/db/mapping';
import { applySchema } from '../../src/db/schema';
import { startManagedNeo4j, type RunningNeo4j } from '../../src/neo4j/instance';
import { pidFileOf } from '../../src/neo4j/process-files';
import { buildServer, type EntenteServer } from '../../src/server';
import { bearer, editorToken } from '../helpers/curation';
import { fixture } from '../helpers/fixtures';
import { silentLogger } from '../helpers/neo4j';
import { throwawayServerOptions } from '../helpers/throwaway-neo4j';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-chaos-';
const OPERATIONS = 200;
const WORKERS = 8;
const KILL_AFTER = 50;
const CHAOS_COUNTS = fixture('chaos-counts');
const UPSERT = `mutation ($input: UpsertStateInput!) { upsertState(input: $input) { change { id } } }`;

/** Creations of new states, and corrections of five states written again and again. */
function operation(i: number): Record<string, unknown> {
  const base = { sourceIds: [`${P}source`], idempotencyKey: `chaos-${i}` };
  return i % 2 === 0
    ? { ...base, id: `${P}new-${i}`, name: `Created ${i}` }
    : { ...base, id: `${P}old-${i % 5}`, notes: `Correction ${i}` };
}

// The reliability anchors' restart test: clients that retry with idempotency keys across a crash
// of the database lose nothing and duplicate nothing: acknowledged = stored = audited.
describe('Neo4j killed (SIGKILL) in the middle of curators’ writes', () => {
  const homeDir = mkdtempSync(path.join(os.tmpdir(), 'entente-chaos-'));
  let neo4j: RunningNeo4j;
  let db: Database;
  let server: EntenteServer;
  let url: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    // Restarted by its supervisor, as the app's is: on the same port, so the app's driver finds it again.
    neo4j = await startManagedNeo4j({
      ...(await throwawayServerOptions(homeDir)),
      restart: { maxAttempts: 3, initialDelayMs: 100, maxDelayMs: 1000, log: () => undefined, onGiveUp: () => undefined },
    });
    const config = loadConfig({
      ...TEST_AUTH_ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_MAX_RETRY_MS: '1000',
    });
    // A freshly started server compiles its first queries slowly, more so on a busy machine: this
    // test is about crashes, not timeouts, so a write gets time enough never to be cut short.
    db = new Database(createDriver({ ...config.neo4j, uri: neo4j.uri }), {
      database: 'neo4j',
      queryTimeoutMs: 30_000,
      logger: silentLogger,
    });
    await applySchema(db);
    server = await buildServer(config, db, silentLogger);
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    headers = { 'content-type': 'application/json', ...bearer(await editorToken()) };
    const setup: Record<string, unknown>[] = [
      { id: `${P}source`, title: 'Chaos source' },
      ...[0, 1, 2, 3, 4].map((i) => ({ id: `${P}old-${i}`, name: `Old ${i}`, sourceIds: [`${P}source`] })),
    ];
    for (const [i, input] of setup.entries()) {
      const query = i === 0 ? 'mutation ($input: UpsertSourceInput!) { upsertSource(input: $input) { change { id } } }' : UPSERT;
      const body = (await (
        await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: { input } }) })
      ).json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
    }
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  }, 120_000);

  /** Sends one write until it is acknowledged; any failure but a refusal of the input is retried. */
  async function untilAcknowledged(input: Record<string, unknown>, attempts: { count: number }): Promise<string> {
    const deadline = Date.now() + 150_000;
    for (;;) {
      attempts.count += 1;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: UPSERT, variables: { input } }),
        });
        const body = (await response.json()) as {
          data?: { upsertState: { change: { id: string } } };
          errors?: { extensions?: { code?: string } }[];
        };
        if (body.data?.upsertState) return body.data.upsertState.change.id;
        const code = body.errors?.[0]?.extensions?.code;
        if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'UNAUTHENTICATED')
          throw new Error(`refused: ${JSON.stringify(body.errors)}`);
      } catch (error) {
        if ((error as Error).message.startsWith('refused')) throw error;
      }
      if (Date.now() > deadline) throw new Error(`not acknowledged: ${JSON.stringify(input)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it(`${OPERATIONS} writes across a kill -9 and restart: every one stored and audited exactly once`, async () => {
    const acknowledged = new Map<number, string>();
    const attempts = { count: 0 };
    let next = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (next < OPERATIONS) {
        const i = next;
        next += 1;
        acknowledged.set(i, await untilAcknowledged(operation(i), attempts));
        if (acknowledged.size === KILL_AFTER && !killed) {
          killed = true;
          process.kill(Number(readFileSync(pidFileOf(homeDir), 'utf8')), 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    expect(neo4j.state().status).toBe('running');

    // Some writes failed and were sent again: the crash was felt.
    expect(attempts.count).toBeGreaterThan(OPERATIONS);
    expect(acknowledged.size).toBe(OPERATIONS);
    const counts = toPlainObject((await db.read(CHAOS_COUNTS, { prefix: P })).records[0]?.toObject());
    // Five old states and the new ones; the setup's six changes (a source, five states) and one per
    // operation; one key per operation.
    expect(counts.states).toBe(5 + OPERATIONS / 2);
    expect(counts.changes).toBe(6 + OPERATIONS);
    expect(counts.keys).toBe(OPERATIONS);
    const stored = new Set(counts.changeIds as string[]);
    expect([...acknowledged.values()].filter((id) => !stored.has(id))).toEqual([]);
  }, 240_000);
});
