import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRunningManagedNeo4j } from '../../../src/neo4j/running';

/** A stand-in for a Neo4j server: a live process whose command line names a home. */
function fakeServer(homeDir: string): Promise<ChildProcess> {
  // After "--", node leaves --home-dir to the script; before it, node exits at once on a "bad option".
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', `--home-dir=${homeDir}`], {
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.once('spawn', () => resolve(child)));
}

describe('finding the managed Neo4j another process runs', () => {
  let home: string;
  let child: ChildProcess | undefined;
  beforeEach(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'entente-running-'));
    for (const dir of ['run', 'conf']) mkdirSync(path.join(home, dir));
    writeFileSync(path.join(home, 'conf', 'neo4j.conf'), 'server.bolt.listen_address=127.0.0.1:17687\n');
    writeFileSync(path.join(home, 'password'), 'secret\n');
  });
  afterEach(() => {
    child?.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  it('finds nothing without a pid file', () => {
    expect(findRunningManagedNeo4j(home)).toBeUndefined();
  });

  it('reads the port and password of the server whose pid file names a live process of this home', async () => {
    child = await fakeServer(home);
    writeFileSync(path.join(home, 'run', 'entente-neo4j.pid'), String(child.pid));
    expect(findRunningManagedNeo4j(home)).toEqual({
      pid: child.pid,
      uri: 'bolt://127.0.0.1:17687',
      user: 'neo4j',
      password: 'secret',
    });
  });

  it('ignores a pid that now belongs to a process of another home', async () => {
    child = await fakeServer(`${home}-other`);
    writeFileSync(path.join(home, 'run', 'entente-neo4j.pid'), String(child.pid));
    expect(findRunningManagedNeo4j(home)).toBeUndefined();
  });
});
