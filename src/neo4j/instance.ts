import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { runNeo4jAdmin } from './admin';
import { neo4jJvmFlags, renderNeo4jConf } from './conf';
import { newInitialPassword } from './initial-password';
import { assertPortFree } from './ports';
import { logTail, pidFileOf, stopStaleServer } from './process-files';
import { provisionNeo4j, type ProgressLog } from './provision';
import { requireJava } from './requirements';

const PING = cypher('health/ping');

export interface ManagedNeo4jOptions {
  /** Holds the downloaded jars, shared by every instance. */
  cacheDir: string;
  /** This instance's conf, data and logs: the app, the tests and the synthetic graph each have one. */
  homeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  transactionMemoryMax: string;
  startTimeoutMs: number;
  progress: ProgressLog;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export async function startManagedNeo4j(o: ManagedNeo4jOptions): Promise<RunningNeo4j> {
  requireJava();
  const libDir = await provisionNeo4j(o.cacheDir, o.progress);
  for (const dir of ['conf', 'data', 'logs', 'plugins', 'import', 'run']) {
    mkdirSync(path.join(o.homeDir, dir), { recursive: true });
  }
  const pidFile = pidFileOf(o.homeDir);
  if (await stopStaleServer(pidFile, o.homeDir)) o.progress('Stopped a Neo4j left running by an earlier run');
  await assertPortFree(o.boltPort);

  writeFileSync(path.join(o.homeDir, 'conf', 'neo4j.conf'), renderNeo4jConf(o));
  const password = await ensureInitialPassword(o.homeDir, libDir);

  const logFd = openSync(path.join(o.homeDir, 'logs', 'console.log'), 'a');
  // detached: the server gets its own process group, so Ctrl-C reaches only Node, which then
  // stops Neo4j in order (drain HTTP, close the driver, then the database).
  const child = spawn(
    'java',
    [
      ...neo4jJvmFlags(o.heap),
      '-cp',
      `${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${o.homeDir}`,
      `--config-dir=${path.join(o.homeDir, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  writeFileSync(pidFile, String(child.pid));
  // Last resort when Node exits without stopping it (a crash, a second Ctrl-C): never leave a server behind.
  const killOnExit = (): void => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  process.once('exit', killOnExit);

  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  try {
    await waitForBolt(uri, password, child, o);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    uri,
    user: 'neo4j',
    password,
    stop: async () => {
      await stopChild(child);
      process.removeListener('exit', killOnExit);
      rmSync(pidFile, { force: true });
    },
  };
}

/** Neo4j takes an initial password only before its first start; it is kept in the home, mode 600. */
async function ensureInitialPassword(homeDir: string, libDir: string): Promise<string> {
  const passwordFile = path.join(homeDir, 'password');
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  const password = newInitialPassword();
  await runNeo4jAdmin(libDir, homeDir, ['dbms', 'set-initial-password', password]);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

async function waitForBolt(uri: string, password: string, child: ChildProcess, o: ManagedNeo4jOptions): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  // No retries inside the driver: its backoff (1 s, 2 s, 4 s…) answered up to 7 s after Bolt was
  // up; this loop polls every 250 ms instead.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
    logging: undefined,
  });
  const deadline = Date.now() + o.startTimeoutMs;
  try {
    for (;;) {
      if (exited !== undefined) {
        throw new Error(`Neo4j exited during start-up (code ${exited}).\n${logTail(o.homeDir)}`);
      }
      try {
        await driver.executeQuery(PING.text, {}, { database: 'neo4j', transactionConfig: { metadata: { query: PING.name } } });
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new Error(`Neo4j did not answer on ${uri} within ${o.startTimeoutMs} ms.\n${logTail(o.homeDir)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
