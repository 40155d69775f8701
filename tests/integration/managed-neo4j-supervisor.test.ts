import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { cypher } from '../../src/db/cypher';
import type { Database } from '../../src/db/database';
import { attachManagedState } from '../../src/db/managed-state';
import { applySchema } from '../../src/db/schema';
import { healthRoutes } from '../../src/http/health';
import { startManagedNeo4j, type RunningNeo4j } from '../../src/neo4j/instance';
import { ownerLockFileOf, parseOwnerLock } from '../../src/neo4j/owner-lock';
import { pidFileOf, runningServerPid } from '../../src/neo4j/process-files';
import type { RestartPolicy, SupervisedState } from '../../src/neo4j/supervisor';
import { openServer, throwawayServerOptions } from '../helpers/throwaway-neo4j';

const PING = cypher('health/ping');
/**
 * From SIGKILL to a query answering through the same driver. Neo4j's own start (JVM, recovery of
 * the killed store) is most of it: 10-12 s on this 2-core machine with another suite running,
 * 25-31 s measured when that suite also ran Neo4j; the supervisor adds the 200 ms delay below.
 */
const BACK_WITHIN_MS = 45_000;

function quickRestarts(overrides: Partial<RestartPolicy> = {}): RestartPolicy & { lines: string[]; gaveUp: string[] } {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  return {
    maxAttempts: 3,
    initialDelayMs: 200,
    maxDelayMs: 1000,
    log: (line) => lines.push(line),
    onGiveUp: (reason) => gaveUp.push(reason),
    lines,
    gaveUp,
    ...overrides,
  };
}

const serverPid = (homeDir: string): number => Number(readFileSync(pidFileOf(homeDir), 'utf8'));
const lockOf = (homeDir: string) => parseOwnerLock(readFileSync(ownerLockFileOf(homeDir), 'utf8'));

/** Every state the server passes through, looked at every 20 ms, without repeats. */
function recordStates(server: RunningNeo4j): { seen: SupervisedState['status'][]; stop(): void } {
  const seen: SupervisedState['status'][] = [server.state().status];
  const sample = (): void => {
    const status = server.state().status;
    if (seen[seen.length - 1] !== status) seen.push(status);
  };
  const timer = setInterval(sample, 20);
  // A last look on stopping: the state may have changed since the last tick.
  return {
    seen,
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}

async function waitFor<T>(what: string, ms: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readyz(url: string): Promise<{ status: number; reason?: string; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/readyz`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, ...(body.reason ? { reason: body.reason } : {}), ms: Date.now() - started };
}

describe('the managed Neo4j, supervised', () => {
  const homeDir = mkdtempSync(path.join(os.tmpdir(), 'entente-supervised-'));
  const policy = quickRestarts();
  let server: RunningNeo4j;
  let db: Database;
  let health: { url: string; close(): void };

  beforeAll(async () => {
    server = await startManagedNeo4j({ ...(await throwawayServerOptions(homeDir)), restart: policy });
    db = openServer(server);
    attachManagedState(db, server.state);
    // /readyz answers 200 only with the schema's indexes online.
    await applySchema(db);
    const listening = express().use(healthRoutes(db)).listen(0, '127.0.0.1');
    await once(listening, 'listening');
    health = { url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`, close: () => listening.close() };
  }, 180_000);

  afterAll(async () => {
    health?.close();
    await db?.close();
    await server?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  }, 120_000);

  it('comes back after a SIGKILL, and the same driver answers again', async () => {
    expect((await readyz(health.url)).status).toBe(200);
    const killed = serverPid(homeDir);
    const states = recordStates(server);
    const killedAt = Date.now();
    process.kill(killed, 'SIGKILL');

    // Meanwhile /readyz says why at once, not after a query's timeout.
    const whileDown = await waitFor('/readyz naming the restart', 5000, async () => {
      const answer = await readyz(health.url);
      return answer.reason?.includes('restarting') ? answer : undefined;
    });
    expect(whileDown.status).toBe(503);
    expect(whileDown.reason).toMatch(
      new RegExp(
        `^the managed Neo4j is restarting \\(attempt 1 of 3\\): the server \\(pid ${killed}\\) exited, killed by SIGKILL`,
      ),
    );
    expect(whileDown.ms).toBeLessThan(2000);

    // Nothing from the test but waiting: the supervisor restarts, the driver's pool reconnects.
    let answered: number;
    try {
      answered = await waitFor('a query through the same Database', BACK_WITHIN_MS, async () => {
        const result = await db.read(PING);
        return result.records[0]?.get('ok').toNumber() as number | undefined;
      });
      process.stdout.write(`Neo4j answered again ${Date.now() - killedAt} ms after SIGKILL\n`);
      // The supervisor's own probe polls every 250 ms: it may see the server up a moment after we do.
      await waitFor('the supervisor to see it running', 5000, async () => server.state().status === 'running' || undefined);
    } finally {
      states.stop();
    }
    expect(answered).toBe(1);
    expect(states.seen).toEqual(['running', 'restarting', 'running']);
    expect(serverPid(homeDir)).not.toBe(killed);
    expect(server.state()).toEqual({ status: 'running', pid: serverPid(homeDir) });
    expect(policy.lines).toEqual([
      `Neo4j is down (the server (pid ${killed}) exited, killed by SIGKILL): restart 1 of 3 in 200 ms`,
      `Neo4j is back (pid ${serverPid(homeDir)}) after restart 1 of 3`,
    ]);
    expect((await readyz(health.url)).status).toBe(200);
  }, 90_000);

  it('refuses a second start on its home before touching it, naming the owner and port, and keeps answering', async () => {
    const running = serverPid(homeDir);
    const o = await throwawayServerOptions(homeDir);
    const port = Number(/:(\d+)$/.exec(server.uri)?.[1]);
    await expect(startManagedNeo4j(o)).rejects.toThrow(
      `Another Entente (pid ${process.pid}) is already running the managed Neo4j in ${homeDir} on port ${port}: ` +
        'stop it first, or set NEO4J_LOCAL_INSTANCE to run a second one',
    );
    expect(runningServerPid(homeDir)).toBe(running);
    expect(readFileSync(path.join(homeDir, 'conf', 'neo4j.conf'), 'utf8')).toContain(`:${port}\n`);
    expect((await db.read(PING)).records[0]?.get('ok').toNumber()).toBe(1);
  });

  it('is not restarted after a stop we asked for, and lets go of its home', async () => {
    const stopped = serverPid(homeDir);
    await server.stop();
    // Longer than the restart delay: a restart would have begun.
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.state()).toEqual({ status: 'stopped' });
    expect(runningServerPid(homeDir)).toBeUndefined();
    expect(() => process.kill(stopped, 0)).toThrow();
    expect(existsSync(ownerLockFileOf(homeDir))).toBe(false);
    expect(policy.lines.filter((line) => line.includes('restart 2'))).toEqual([]);
  }, 90_000);
});

describe('the managed Neo4j, when it cannot be restarted', () => {
  const homeDir = mkdtempSync(path.join(os.tmpdir(), 'entente-give-up-'));
  const policy = quickRestarts({ initialDelayMs: 500 });
  let server: RunningNeo4j | undefined;
  const blocker = net.createServer();

  afterAll(async () => {
    blocker.close();
    await server?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  }, 120_000);

  it('takes over the lock of an Entente that died without releasing it', async () => {
    const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(dead, 'exit');
    mkdirSync(path.join(homeDir, 'run'), { recursive: true });
    writeFileSync(
      ownerLockFileOf(homeDir),
      JSON.stringify({ pid: dead.pid, boltPort: 7687, startedAt: 'earlier', claimId: 'x' }),
    );

    const o = { ...(await throwawayServerOptions(homeDir)), restart: policy };
    server = await startManagedNeo4j(o);
    expect(lockOf(homeDir)).toMatchObject({ pid: process.pid, boltPort: o.boltPort });
  }, 180_000);

  it('gives up after the configured attempts when its port is taken, and lets go of its home', async () => {
    if (!server) throw new Error('the previous test did not start the server');
    const port = Number(/:(\d+)$/.exec(server.uri)?.[1]);
    process.kill(serverPid(homeDir), 'SIGKILL');
    // Another program takes the port while the server is down: no restart can listen there.
    await waitFor('the port, once the killed server let go of it', 5000, () => {
      return new Promise<true | undefined>((resolve) => {
        blocker.once('error', () => resolve(undefined));
        blocker.listen(port, '127.0.0.1', () => resolve(true));
      });
    });

    await waitFor('onGiveUp', 10_000, async () => policy.gaveUp[0]);
    expect(policy.gaveUp).toHaveLength(1);
    expect(policy.gaveUp[0]).toMatch(
      /^Neo4j could not be restarted after 3 attempts: Port \d+ on 127\.0\.0\.1 is already in use/,
    );
    expect(policy.lines.map((line) => /restart (\d) of 3/.exec(line)?.[1])).toEqual(['1', '2', '3']);
    expect(server.state()).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^restart 3 failed: Port/) });
    expect(existsSync(ownerLockFileOf(homeDir))).toBe(false);
  }, 60_000);
});
