import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  claimOwnerLock,
  liveOwner,
  ownerLockFileOf,
  parseOwnerLock,
  releaseOwnerLock,
  startTimeInProcStat,
} from '../../../src/neo4j/owner-lock';

/** The pid of a process that has exited: what a SIGKILLed Entente leaves in its lock. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid as number;
}

function writeLock(homeDir: string, lock: object): void {
  mkdirSync(path.join(homeDir, 'run'), { recursive: true });
  writeFileSync(ownerLockFileOf(homeDir), JSON.stringify(lock));
}

describe('reading an owner lock', () => {
  it('takes a whole lock and refuses a broken one', () => {
    const lock = { pid: 1234, boltPort: 7687, startedAt: '2025-01-01T00:00:00.000Z', claimId: 'c1', processStart: '98765' };
    expect(parseOwnerLock(JSON.stringify(lock))).toEqual(lock);
    expect(parseOwnerLock('{"pid":1234,"boltPort":7687,"startedAt":"x"}')).toEqual({
      pid: 1234,
      boltPort: 7687,
      startedAt: 'x',
      claimId: '',
    });
    for (const broken of [
      '',
      '{',
      '1234',
      '{"pid":-1,"boltPort":7687,"startedAt":"x"}',
      '{"pid":"1234","boltPort":7687,"startedAt":"x"}',
      '{"pid":1234}',
    ]) {
      expect(parseOwnerLock(broken)).toBeUndefined();
    }
  });

  it("finds a process's start time in /proc/<pid>/stat, even when its name holds spaces and parentheses", () => {
    const rest = 'S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 424242 19 20';
    expect(startTimeInProcStat(`321 (node) ${rest}`)).toBe('424242');
    expect(startTimeInProcStat(`321 (a (b) c) ${rest}`)).toBe('424242');
    expect(startTimeInProcStat('321 (node) S 1')).toBeUndefined();
  });
});

describe('owning the managed server of a home', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'entente-owner-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('is refused, naming the owner and its port, while the owner lives', () => {
    const mine = claimOwnerLock(home, 17687);
    expect(mine.pid).toBe(process.pid);
    expect(() => claimOwnerLock(home, 7687)).toThrow(
      `Another Entente (pid ${process.pid}) is already running the managed Neo4j in ${home} on port 17687: ` +
        'stop it first, or set NEO4J_LOCAL_INSTANCE to run a second one',
    );
    expect(parseOwnerLock(readFileSync(ownerLockFileOf(home), 'utf8'))).toEqual(mine);
  });

  it('is taken over from a dead owner', async () => {
    writeLock(home, { pid: await deadPid(), boltPort: 7687, startedAt: 'earlier' });
    expect(liveOwner(home)).toBeUndefined();
    expect(claimOwnerLock(home, 7688)).toMatchObject({ pid: process.pid, boltPort: 7688 });
  });

  it('is taken over from a live process that only reuses the dead owner’s pid', () => {
    // Our own pid, but another process start: the owner that wrote it is gone.
    writeLock(home, { pid: process.pid, boltPort: 7687, startedAt: 'earlier', processStart: '1' });
    expect(liveOwner(home)).toBeUndefined();
    expect(claimOwnerLock(home, 7688).boltPort).toBe(7688);
  });

  it('is taken over from a lock that cannot be read', () => {
    writeLock(home, {});
    writeFileSync(ownerLockFileOf(home), 'garbage');
    expect(claimOwnerLock(home, 7688).boltPort).toBe(7688);
  });

  it('is released only by the owner that took it', () => {
    const first = claimOwnerLock(home, 7687);
    releaseOwnerLock(home, first);
    expect(existsSync(ownerLockFileOf(home))).toBe(false);
    const second = claimOwnerLock(home, 7687);
    releaseOwnerLock(home, first);
    expect(liveOwner(home)).toEqual(second);
  });
});
