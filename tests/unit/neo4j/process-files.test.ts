import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pidFileOf, runningServerPid, stopStaleServer } from '../../../src/neo4j/process-files';

/** Stands in for a managed server: a harmless process whose command line carries its --home-dir. */
function fakeServer(homeDir: string): ChildProcess {
  // After "--", node leaves --home-dir to the script instead of refusing it as one of its own options.
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', '--', `--home-dir=${homeDir}`], { stdio: 'ignore' });
}

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

function writePidFile(homeDir: string, pid: number): string {
  mkdirSync(path.join(homeDir, 'run'), { recursive: true });
  writeFileSync(pidFileOf(homeDir), String(pid));
  return pidFileOf(homeDir);
}

describe('a managed server left running', () => {
  let root: string;
  let children: ChildProcess[];
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'entente-process-files-'));
    children = [];
  });
  afterEach(() => {
    for (const child of children) if (!exited(child)) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  async function start(homeDir: string): Promise<ChildProcess> {
    const child = fakeServer(homeDir);
    children.push(child);
    await once(child, 'spawn');
    return child;
  }

  it('is not stopped from a home whose path is only a prefix of its own (test vs test-2)', async () => {
    const other = await start(path.join(root, 'test-2'));
    const home = path.join(root, 'test');
    const pidFile = writePidFile(home, other.pid as number);

    expect(runningServerPid(home)).toBeUndefined();
    expect(await stopStaleServer(pidFile, home)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(exited(other)).toBe(false);
  });

  it('is stopped from its own home', async () => {
    const home = path.join(root, 'test');
    const own = await start(home);
    const gone = new Promise((resolve) => own.once('exit', resolve));
    const pidFile = writePidFile(home, own.pid as number);

    expect(runningServerPid(home)).toBe(own.pid);
    expect(await stopStaleServer(pidFile, home)).toBe(true);
    await gone;
    expect(own.signalCode).toBe('SIGTERM');
  });
});
