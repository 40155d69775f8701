import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classArchive } from '../../../src/neo4j/class-archive';

describe('classArchive: the managed Neo4j’s class-data-sharing archive', () => {
  let cacheDir: string;
  const libDir = '/cache/lib-5.26.30';
  const java = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'entente-cds-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  /** What the JVM would do with -XX:ArchiveClassesAtExit: write the file at that path. */
  const writeAsTheJvmWould = (flags: string[]): string => {
    const target = flags[0]?.replace('-XX:ArchiveClassesAtExit=', '') as string;
    writeFileSync(target, 'archive');
    return target;
  };

  it('asks the first JVM to write its classes at exit, and keeps the archive after a clean exit', () => {
    const first = classArchive(cacheDir, libDir, java);
    expect(first.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=.*\.partial$/)]);
    const partial = writeAsTheJvmWould(first.flags);
    first.afterExit('exit code 0');
    expect(existsSync(partial)).toBe(false);
    const next = classArchive(cacheDir, libDir, java);
    expect(next.flags).toEqual([expect.stringMatching(/^-XX:SharedArchiveFile=.*lib-5\.26\.30-[0-9a-f]{16}\.jsa$/)]);
    expect(existsSync(next.flags[0]?.replace('-XX:SharedArchiveFile=', '') as string)).toBe(true);
  });

  it('discards what a killed JVM left, so a torn archive is never used', () => {
    const first = classArchive(cacheDir, libDir, java);
    writeAsTheJvmWould(first.flags);
    first.afterExit('killed by SIGKILL');
    expect(readdirSync(path.join(cacheDir, 'class-archives'))).toEqual([]);
    expect(classArchive(cacheDir, libDir, java).flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
  });

  it('keys the archive by the JVM build and the jars: another Java or another Neo4j makes its own', () => {
    const first = classArchive(cacheDir, libDir, java);
    writeAsTheJvmWould(first.flags);
    first.afterExit('exit code 0');
    expect(classArchive(cacheDir, libDir, java.replace('17.0.15', '17.0.16')).flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
    expect(classArchive(cacheDir, '/cache/lib-5.26.31', java).flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
  });

  it('lets the first of two instances stopping together win, and the second leave no file behind', () => {
    const a = classArchive(cacheDir, libDir, java);
    const b = classArchive(cacheDir, libDir, java);
    writeAsTheJvmWould(a.flags);
    writeAsTheJvmWould(b.flags);
    a.afterExit('exit code 0');
    b.afterExit('exit code 0');
    expect(readdirSync(path.join(cacheDir, 'class-archives'))).toEqual([expect.stringMatching(/\.jsa$/)]);
  });
});
