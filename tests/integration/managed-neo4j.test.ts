import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startManagedNeo4j } from '../../src/neo4j/instance';
import { requireJava, requireMaven } from '../../src/neo4j/requirements';
import { fixture } from '../helpers/fixtures';
import { openServer, throwawayServerOptions } from '../helpers/throwaway-neo4j';

describe('the managed local Neo4j', () => {
  let homeDir: string;
  beforeAll(() => {
    homeDir = mkdtempSync(path.join(os.tmpdir(), 'entente-managed-'));
  });
  afterAll(() => rmSync(homeDir, { recursive: true, force: true }));

  it('keeps every node written before a restart', async () => {
    const first = await startManagedNeo4j(await throwawayServerOptions(homeDir));
    let db = openServer(first);
    await db.write(fixture('create-state'), { id: 'test-restart-a', name: 'Before restart' });
    await db.close();
    await first.stop();

    const second = await startManagedNeo4j(await throwawayServerOptions(homeDir));
    db = openServer(second);
    try {
      const result = await db.read(fixture('count-by-id-prefix'), { prefix: 'test-restart-' });
      expect(result.records[0]?.get('count').toNumber()).toBe(1);
    } finally {
      await db.close();
      await second.stop();
    }
  }, 180_000);

  it('says which port is taken instead of failing obscurely', async () => {
    const blocker = net.createServer();
    const o = await throwawayServerOptions(homeDir);
    await new Promise<void>((resolve) => blocker.listen(o.boltPort, '127.0.0.1', resolve));
    try {
      await expect(startManagedNeo4j(o)).rejects.toThrow(new RegExp(`Port ${o.boltPort} .* already in use.*NEO4J_LOCAL_PORT`));
    } finally {
      blocker.close();
    }
  });

  it("shows the end of Neo4j's log when the server fails to start", async () => {
    // A heap too small for the JVM to start: the failure is the server's, reported with its log.
    const o = { ...(await throwawayServerOptions(path.join(homeDir, 'broken'))), heap: '1k' };
    await expect(startManagedNeo4j(o)).rejects.toThrow(
      /Neo4j exited during start-up[\s\S]*console\.log \(last lines\)[\s\S]*heap/i,
    );
  }, 120_000);

  it('explains a missing Java or Maven and how to proceed', () => {
    expect(() => requireJava('/nonexistent/java')).toThrow(/Java was not found.*NEO4J_URI/);
    expect(() => requireMaven('/nonexistent/mvn')).toThrow(/Maven \(mvn\) was not found.*NEO4J_URI/);
  });
});
