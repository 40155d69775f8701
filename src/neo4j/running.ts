import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runningServerPid } from './process-files';

export interface RunningManagedNeo4j {
  pid: number;
  uri: string;
  user: string;
  password: string;
}

/**
 * How to reach the managed server of `homeDir` while another process runs it (`npm start`): a
 * tool then talks to that server instead of starting its own, which would first stop it as a
 * stale server and leave the API without a database. Its port is the one written into its
 * neo4j.conf at start, which may differ from this process's NEO4J_LOCAL_PORT.
 */
export function findRunningManagedNeo4j(homeDir: string): RunningManagedNeo4j | undefined {
  const pid = runningServerPid(homeDir);
  if (pid === undefined) return undefined;
  const confFile = path.join(homeDir, 'conf', 'neo4j.conf');
  const passwordFile = path.join(homeDir, 'password');
  const port = existsSync(confFile)
    ? /^server\.bolt\.listen_address=.*:(\d+)\s*$/m.exec(readFileSync(confFile, 'utf8'))?.[1]
    : undefined;
  if (!port || !existsSync(passwordFile)) {
    throw new Error(
      `A Neo4j (pid ${pid}) runs from ${homeDir}, but its port or password cannot be read there: stop it and try again`,
    );
  }
  return { pid, uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: readFileSync(passwordFile, 'utf8').trim() };
}
