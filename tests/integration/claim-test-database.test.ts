import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { startManagedNeo4j, type RunningNeo4j } from '../../src/neo4j/instance';
import { claimTestDatabase } from '../helpers/claim-test-database';
import { fixture } from '../helpers/fixtures';
import { openServer, throwawayServerOptions } from '../helpers/throwaway-neo4j';

const count = async (db: Database, name: string, params = {}): Promise<number> =>
  (await db.read(fixture(name), params)).records[0]?.get('count').toNumber();

// Its own server, not the suite's: the suite's database is already claimed, and this one must
// start out holding someone else's data.
describe('global setup given a database by NEO4J_TEST_URI', () => {
  let homeDir: string;
  let server: RunningNeo4j;
  let db: Database;
  beforeAll(async () => {
    homeDir = mkdtempSync(path.join(os.tmpdir(), 'entente-claim-'));
    server = await startManagedNeo4j(await throwawayServerOptions(homeDir));
    db = openServer(server);
  }, 180_000);
  beforeEach(() => db.write(fixture('empty-throwaway-database')));
  afterAll(async () => {
    await db?.close();
    await server?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  });

  it('refuses one holding data it did not write, and leaves that data alone', async () => {
    await db.write(fixture('create-state'), { id: 'test-claim-foreign', name: 'Someone else’s' });

    await expect(claimTestDatabase(db, server.uri)).rejects.toThrow(
      new RegExp(`NEO4J_TEST_URI=${server.uri} holds 1 nodes \\(labels: Entity, State\\).*empty database`),
    );
    expect(await count(db, 'count-by-id-prefix', { prefix: 'test-claim-foreign' })).toBe(1);
    expect(await count(db, 'count-test-database-markers')).toBe(0);
  });

  it('takes an empty one as its own, and keeps taking it once it holds the tests’ data', async () => {
    await claimTestDatabase(db, server.uri);
    expect(await count(db, 'count-test-database-markers')).toBe(1);

    await db.write(fixture('create-state'), { id: 'test-claim-own', name: 'The tests’ own' });
    await claimTestDatabase(db, server.uri);
    expect(await count(db, 'count-test-database-markers')).toBe(1);
  });
});
