import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../paths';
import { requireMaven } from './requirements';

const POM = fromRoot('src', 'neo4j', 'pom.xml');
export const NEO4J_VERSION = '5.26.30';

export type ProgressLog = (line: string) => void;

/**
 * Copies the Neo4j server's jars into `<cacheDir>/lib-<version>` with Maven. A marker file is
 * written last, so an interrupted download is finished on the next run rather than trusted.
 */
export async function provisionNeo4j(cacheDir: string, progress: ProgressLog): Promise<string> {
  const libDir = path.join(cacheDir, `lib-${NEO4J_VERSION}`);
  const marker = path.join(libDir, '.complete');
  if (existsSync(marker)) return libDir;

  requireMaven();
  progress(`Resolving Neo4j ${NEO4J_VERSION} Community from Maven Central into ${libDir} (first run only, about 125 MB)`);
  rmSync(libDir, { recursive: true, force: true });
  mkdirSync(libDir, { recursive: true });
  await runMaven(
    ['-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, `-Dneo4j.version=${NEO4J_VERSION}`],
    progress,
  );
  const jars = readdirSync(libDir).filter((name) => name.endsWith('.jar'));
  if (!jars.some((name) => name === `neo4j-${NEO4J_VERSION}.jar`)) {
    throw new Error(`Maven finished but ${libDir} holds no neo4j-${NEO4J_VERSION}.jar; see the Maven output above`);
  }
  writeFileSync(marker, `${jars.length} jars\n`);
  progress(`Neo4j ${NEO4J_VERSION}: ${jars.length} jars ready`);
  return libDir;
}

function runMaven(args: string[], progress: ProgressLog): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        // Maven's batch mode prints one "Downloaded from" line per artifact: count them as progress.
        if (line.includes('Downloaded from')) {
          downloaded += 1;
          if (downloaded % 25 === 0) progress(`  ${downloaded} artifacts downloaded…`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Maven failed (exit ${code}) resolving Neo4j:\n${tail.join('\n')}`));
    });
  });
}
