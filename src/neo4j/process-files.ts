import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The tail of Neo4j's own logs, for errors that must say why the server did not start. */
export function logTail(homeDir: string, lines = 25): string {
  const parts: string[] = [];
  for (const name of ['console.log', 'neo4j.log']) {
    const file = path.join(homeDir, 'logs', name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (text) parts.push(`--- ${file} (last lines) ---\n${text}`);
  }
  return parts.join('\n') || `(no log yet in ${path.join(homeDir, 'logs')})`;
}

/** The pid file every managed server's home keeps while it runs. */
export const pidFileOf = (homeDir: string): string => path.join(homeDir, 'run', 'entente-neo4j.pid');

/**
 * The pid of the Neo4j server running from `homeDir` (started by `npm start`, `npm test` or a tool
 * in another terminal), if there is one: its pid file names a live process whose command line
 * shows this home, so a stale pid reused by another program is not mistaken for it.
 */
export function runningServerPid(homeDir: string): number | undefined {
  const pid = pidIn(pidFileOf(homeDir));
  return pid !== undefined && isServerOf(pid, homeDir) ? pid : undefined;
}

function pidIn(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * A live process started with this home's exact --home-dir argument. A substring would not do:
 * the home "/x/test" is a prefix of "/x/test-2", another instance's server.
 */
function isServerOf(pid: number, homeDir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  return cmdline.split('\0').includes(`--home-dir=${homeDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left running by a process that was killed (SIGKILL leaves no chance to clean up) still
 * holds the store lock; stop it, but only if its command line shows it is this home's server.
 */
export async function stopStaleServer(pidFile: string, homeDir: string): Promise<boolean> {
  const pid = pidIn(pidFile);
  rmSync(pidFile, { force: true });
  if (pid === undefined || !isServerOf(pid, homeDir)) return false;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
