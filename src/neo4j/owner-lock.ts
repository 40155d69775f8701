import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Who runs the managed server of a home: one Node process at a time per data folder. */
export interface OwnerLock {
  pid: number;
  boltPort: number;
  startedAt: string;
  /** Tells this claim from a later one of the same process, so that a late release leaves the later one. */
  claimId: string;
  /** The owner's start time in clock ticks since boot (/proc/<pid>/stat): a reused pid is not taken for the owner. */
  processStart?: string;
}

export const ownerLockFileOf = (homeDir: string): string => path.join(homeDir, 'run', 'entente-owner.json');

export class InstanceOwnedError extends Error {}

export function parseOwnerLock(text: string): OwnerLock | undefined {
  try {
    const value = JSON.parse(text) as Partial<OwnerLock>;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0) return undefined;
    if (!Number.isInteger(value.boltPort) || typeof value.startedAt !== 'string') return undefined;
    return {
      pid: value.pid as number,
      boltPort: value.boltPort as number,
      startedAt: value.startedAt,
      claimId: typeof value.claimId === 'string' ? value.claimId : '',
      ...(typeof value.processStart === 'string' ? { processStart: value.processStart } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Field 22 of /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself hold
 * spaces and parentheses, so fields are counted after the last ")".
 */
export function startTimeInProcStat(stat: string): string | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = fields[19];
  return start && /^[0-9]+$/.test(start) ? start : undefined;
}

function processStartOf(pid: number): string | undefined {
  try {
    return startTimeInProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's owner while it lives; a lock left by a dead process (or one whose pid was reused) is stale. */
export function liveOwner(homeDir: string): OwnerLock | undefined {
  const file = ownerLockFileOf(homeDir);
  if (!existsSync(file)) return undefined;
  const lock = parseOwnerLock(readFileSync(file, 'utf8'));
  if (!lock || !isAlive(lock.pid)) return undefined;
  if (lock.processStart !== undefined && processStartOf(lock.pid) !== lock.processStart) return undefined;
  return lock;
}

/**
 * Makes this process the owner of `homeDir`'s server, or refuses, naming the owner, while another
 * live process (or this one, from another start) owns it. Created exclusively (wx): of two
 * starts at the same moment, one wins.
 */
export function claimOwnerLock(homeDir: string, boltPort: number): OwnerLock {
  const file = ownerLockFileOf(homeDir);
  const lock: OwnerLock = { pid: process.pid, boltPort, startedAt: new Date().toISOString(), claimId: randomUUID() };
  const processStart = processStartOf(process.pid);
  if (processStart !== undefined) lock.processStart = processStart;
  for (let tries = 0; tries < 3; tries += 1) {
    const owner = liveOwner(homeDir);
    if (owner) {
      throw new InstanceOwnedError(
        `Another Entente (pid ${owner.pid}) is already running the managed Neo4j in ${homeDir} on port ${owner.boltPort}: ` +
          'stop it first, or set NEO4J_LOCAL_INSTANCE to run a second one',
      );
    }
    rmSync(file, { force: true });
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(lock)}\n`);
      closeSync(fd);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new InstanceOwnedError(`Could not take the lock ${file}: another process keeps writing it; try again`);
}

/** Removes the lock if it is still `lock`: a later owner's lock is left alone. Synchronous, for process.on('exit'). */
export function releaseOwnerLock(homeDir: string, lock: OwnerLock): void {
  const file = ownerLockFileOf(homeDir);
  try {
    const held = parseOwnerLock(readFileSync(file, 'utf8'));
    if (held?.pid === lock.pid && held.claimId === lock.claimId) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}
