import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { dumpDatabase, loadDatabase, type BackupOptions } from '../../src/neo4j/backup';
import { startManagedNeo4j } from '../../src/neo4j/instance';
import { fromRoot } from '../../src/paths';
import { fixture } from '../helpers/fixtures';
import { openServer, throwawayServerOptions } from '../helpers/throwaway-neo4j';

/** Runs `work` against a started server of `homeDir`, then stops it. */
async function withServer<T>(homeDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const server = await startManagedNeo4j(await throwawayServerOptions(homeDir));
  const db = openServer(server);
  try {
    return await work(db);
  } finally {
    await db.close();
    await server.stop();
  }
}

const countBackedUp = async (db: Database): Promise<number> =>
  (await db.read(fixture('count-by-id-prefix'), { prefix: 'test-backup-' })).records[0]?.get('count').toNumber() as number;

describe('npm run backup (neo4j-admin dump and load of the managed server)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-backup-'));
  const homeDir = path.join(tmp, 'home');
  const dump = path.join(tmp, 'backups', 'entente.dump');
  const options: BackupOptions = {
    cacheDir: process.env.NEO4J_LOCAL_HOME ?? fromRoot('.neo4j'),
    homeDir,
    database: 'neo4j',
    progress: () => undefined,
  };
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses while the server runs, then restores a dump over what was written after it', async () => {
    await withServer(homeDir, async (db) => {
      await db.write(fixture('create-state'), { id: 'test-backup-kept', name: 'In the dump' });
      await expect(dumpDatabase(options, dump, { force: false })).rejects.toThrow(/is running .*stop/i);
    });
    await dumpDatabase(options, dump, { force: false });
    expect(existsSync(dump)).toBe(true);
    await expect(dumpDatabase(options, dump, { force: false })).rejects.toThrow(/exists/);

    await withServer(homeDir, async (db) => {
      await db.write(fixture('create-state'), { id: 'test-backup-lost', name: 'After the dump' });
      expect(await countBackedUp(db)).toBe(2);
      await expect(loadDatabase(options, dump)).rejects.toThrow(/is running/);
    });
    await loadDatabase(options, dump);
    await withServer(homeDir, async (db) => expect(await countBackedUp(db)).toBe(1));
  }, 300_000);
});
