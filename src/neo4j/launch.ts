import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { classArchive } from './class-archive';
import { neo4jJvmFlags } from './conf';
import { logTail, pidFileOf } from './process-files';
import type { ServerProcess } from './supervisor';

const PING = cypher('health/ping');

export interface LaunchOptions {
  libDir: string;
  homeDir: string;
  heap: string;
  uri: string;
  password: string;
  startTimeoutMs: number;
  /** Where the shared class archive lives (class-archive.ts), and the JVM build it is for; absent: none. */
  classArchive?: { cacheDir: string; javaVersionOutput: string };
}

/**
 * Starts the server's JVM from the home's neo4j.conf and resolves once Bolt answers a query. It
 * rejects, with the end of Neo4j's log, when the JVM exits first or does not answer in time, and
 * when `signal` fires (a stop asked for during a restart); the JVM is then stopped.
 */
export async function launchNeo4j(o: LaunchOptions, signal?: AbortSignal): Promise<ServerProcess> {
  const logFd = openSync(path.join(o.homeDir, 'logs', 'console.log'), 'a');
  // detached: the server gets its own process group, so Ctrl-C reaches only Node, which then
  // stops Neo4j in order (drain HTTP, close the driver, then the database).
  const archive = o.classArchive ? classArchive(o.classArchive.cacheDir, o.libDir, o.classArchive.javaVersionOutput) : undefined;
  const child = spawn(
    'java',
    [
      ...neo4jJvmFlags(o.heap),
      ...(archive?.flags ?? []),
      '-cp',
      `${o.libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${o.homeDir}`,
      `--config-dir=${path.join(o.homeDir, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, killedBy) => resolve(killedBy ? `killed by ${killedBy}` : `exit code ${code}`)),
  ).then((reason) => {
    archive?.afterExit(reason);
    return reason;
  });
  writeFileSync(pidFileOf(o.homeDir), String(child.pid));
  const server: ServerProcess = {
    pid: child.pid as number,
    exited,
    stop: () => stopChild(child, exited),
    killNow: () => void (isRunning(child) && child.kill('SIGKILL')),
  };
  // Last resort when Node exits without stopping it (a crash, a second Ctrl-C, a give-up), from
  // the moment it is spawned: never leave a server behind.
  process.once('exit', server.killNow);
  void exited.then(() => process.removeListener('exit', server.killNow));
  try {
    await waitForBolt(o, exited, signal);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForBolt(o: LaunchOptions, exited: Promise<string>, signal?: AbortSignal): Promise<void> {
  let exitReason: string | undefined;
  void exited.then((why) => (exitReason = why));
  // No retries inside the driver: its backoff (1 s, 2 s, 4 s…) answered up to 7 s after Bolt was
  // up; this loop polls every 250 ms instead.
  const driver = neo4j.driver(o.uri, neo4j.auth.basic('neo4j', o.password), {
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
    logging: undefined,
  });
  const deadline = Date.now() + o.startTimeoutMs;
  try {
    for (;;) {
      if (signal?.aborted) throw new Error('Neo4j start-up was cancelled: a stop was asked for');
      if (exitReason !== undefined) {
        throw new Error(`Neo4j exited during start-up (${exitReason}).\n${logTail(o.homeDir)}`);
      }
      try {
        await driver.executeQuery(PING.text, {}, { database: 'neo4j', transactionConfig: { metadata: { query: PING.name } } });
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new Error(`Neo4j did not answer on ${o.uri} within ${o.startTimeoutMs} ms.\n${logTail(o.homeDir)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

const isRunning = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (!isRunning(child)) return Promise.resolve();
  const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
  child.kill('SIGTERM');
  return exited.then(() => clearTimeout(kill));
}
