import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNeo4jAdmin } from './admin';
import { renderNeo4jConf } from './conf';
import { newInitialPassword } from './initial-password';
import { launchNeo4j, type LaunchOptions } from './launch';
import { claimOwnerLock, releaseOwnerLock } from './owner-lock';
import { assertPortFree } from './ports';
import { pidFileOf, stopStaleServer } from './process-files';
import { provisionNeo4j, type ProgressLog } from './provision';
import { requireJava } from './requirements';
import { supervise, type RestartPolicy, type ServerProcess, type SupervisedState } from './supervisor';

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
  /** Restart the server when it exits unasked (the app sets it); without it a crash is final. */
  restart?: RestartPolicy;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  /** running, restarting (why, which attempt), failed, or stopped: what /readyz reports. */
  state(): SupervisedState;
  stop(): Promise<void>;
}

export async function startManagedNeo4j(o: ManagedNeo4jOptions): Promise<RunningNeo4j> {
  const java = requireJava();
  // First: a second Entente on the same home is refused before it touches the first one's server.
  const lock = claimOwnerLock(o.homeDir, o.boltPort);
  const pidFile = pidFileOf(o.homeDir);
  let launch: LaunchOptions;
  try {
    const libDir = await provisionNeo4j(o.cacheDir, o.progress);
    for (const dir of ['conf', 'data', 'logs', 'plugins', 'import', 'run']) {
      mkdirSync(path.join(o.homeDir, dir), { recursive: true });
    }
    if (await stopStaleServer(pidFile, o.homeDir)) o.progress('Stopped a Neo4j left running by an earlier run');
    await assertPortFree(o.boltPort);
    writeFileSync(path.join(o.homeDir, 'conf', 'neo4j.conf'), renderNeo4jConf(o));
    const password = await ensureInitialPassword(o.homeDir, libDir);
    launch = {
      ...o,
      libDir,
      password,
      uri: `bolt://127.0.0.1:${o.boltPort}`,
      classArchive: { cacheDir: o.cacheDir, javaVersionOutput: java.versionOutput },
    };
  } catch (error) {
    releaseOwnerLock(o.homeDir, lock);
    throw error;
  }

  // A lock naming a process about to be gone would only be taken over later: release it on the way out.
  const releaseOnExit = (): void => releaseOwnerLock(o.homeDir, lock);
  process.once('exit', releaseOnExit);
  const released = (): void => {
    process.removeListener('exit', releaseOnExit);
    releaseOwnerLock(o.homeDir, lock);
    rmSync(pidFile, { force: true });
  };
  let first: ServerProcess;
  try {
    // Several seconds with nothing else to show: say what is happening.
    o.progress(`Starting the managed Neo4j on 127.0.0.1:${o.boltPort} …`);
    first = await launchNeo4j(launch);
  } catch (error) {
    released();
    throw error;
  }
  const relaunch = async (signal: AbortSignal): Promise<ServerProcess> => {
    // A port taken while the server was down would otherwise fail obscurely inside Neo4j.
    await assertPortFree(o.boltPort);
    return launchNeo4j(launch, signal);
  };
  // A server down for good serves this home no longer: its lock goes, so it can be started again.
  const supervisor = supervise(first, relaunch, o.restart, released);
  const stop = supervisor.stop;
  return {
    uri: launch.uri,
    user: 'neo4j',
    password: launch.password,
    state: supervisor.state,
    stop: async () => {
      await stop();
      released();
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
