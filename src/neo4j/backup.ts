import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runNeo4jAdmin } from './admin';
import { liveOwner } from './owner-lock';
import { runningServerPid } from './process-files';
import { provisionNeo4j, type ProgressLog } from './provision';

export interface BackupOptions {
  /** Holds the provisioned jars. */
  cacheDir: string;
  /** The instance whose database is dumped or replaced. */
  homeDir: string;
  database: string;
  progress: ProgressLog;
}

/**
 * Dumps the instance's database into `file` (neo4j-admin database dump). Community Neo4j dumps
 * only a stopped database, so a running server is refused. The dump is written beside `file`
 * and renamed into place: an interrupted dump never looks like a finished one.
 */
export async function dumpDatabase(o: BackupOptions, file: string, options: { force: boolean }): Promise<void> {
  assertStopped(o, 'dump');
  if (!existsSync(path.join(o.homeDir, 'data', 'databases', o.database))) {
    throw new Error(`${o.homeDir} holds no database "${o.database}" to dump: start that instance once first`);
  }
  if (existsSync(file) && !options.force) throw new Error(`${file} exists: choose another file, or pass --force to replace it`);
  const libDir = await provisionNeo4j(o.cacheDir, o.progress);
  mkdirSync(path.dirname(file), { recursive: true });
  const work = mkdtempSync(path.join(path.dirname(file), '.entente-dump-'));
  try {
    await runNeo4jAdmin(libDir, o.homeDir, ['database', 'dump', o.database, `--to-path=${work}`]);
    renameSync(path.join(work, `${o.database}.dump`), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Replaces the instance's database with the dump in `file` (neo4j-admin database load
 * --overwrite-destination), refused while the server runs. The instance need not have run: its
 * next start sets its password and serves the loaded data instead of seeding data/.
 */
export async function loadDatabase(o: BackupOptions, file: string): Promise<void> {
  assertStopped(o, 'restore');
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const libDir = await provisionNeo4j(o.cacheDir, o.progress);
  for (const dir of ['conf', 'data', 'logs']) mkdirSync(path.join(o.homeDir, dir), { recursive: true });
  // neo4j-admin loads `<database>.dump` from a directory: give it one holding a copy under that name.
  const work = mkdtempSync(path.join(os.tmpdir(), 'entente-load-'));
  try {
    copyFileSync(file, path.join(work, `${o.database}.dump`));
    await runNeo4jAdmin(libDir, o.homeDir, [
      'database',
      'load',
      o.database,
      `--from-path=${work}`,
      '--overwrite-destination=true',
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function assertStopped(o: BackupOptions, what: string): void {
  // The owner's pid too: between a crash and its restart no server runs, but one is about to.
  const pid = runningServerPid(o.homeDir) ?? liveOwner(o.homeDir)?.pid;
  if (pid !== undefined) {
    throw new Error(
      `The Neo4j of ${o.homeDir} is running (pid ${pid}): Community Neo4j can ${what} only a stopped database. ` +
        'Stop Entente (Ctrl-C in its terminal) and run this again.',
    );
  }
}
