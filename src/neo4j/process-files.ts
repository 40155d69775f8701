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
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  if (!cmdline.includes(`--home-dir=${homeDir}`)) return false;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
