import { spawnSync } from 'node:child_process';
import { loadConfig } from '../../../src/config';
import { neo4jJvmFlags, renderNeo4jConf } from '../../../src/neo4j/conf';
import { javaMajorVersion } from '../../../src/neo4j/requirements';

describe('managed Neo4j configuration', () => {
  const conf = renderNeo4jConf({
    homeDir: '/tmp/x',
    boltPort: 7999,
    pageCache: '128m',
    transactionTimeout: '30s',
    transactionMemoryMax: '256m',
  });

  it('listens on loopback only, with HTTP and usage reports off', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.usage_report.enabled=false');
  });

  it('bounds every transaction in time and memory (both are unlimited by default)', () => {
    expect(conf).toContain('db.transaction.timeout=30s');
    expect(conf).toContain('db.memory.transaction.max=256m');
  });

  it('fixes the heap', () => {
    expect(neo4jJvmFlags('512m')).toEqual(expect.arrayContaining(['-Xms512m', '-Xmx512m']));
  });

  // -Xmx512mb stops the JVM before Neo4j starts ("Invalid maximum heap size"): sizes as people write
  // them reach the JVM in its own form.
  it.each(['512mb', '1GB'])('starts the JVM with a heap written %s', (written) => {
    const { heap } = loadConfig({ NEO4J_LOCAL_HEAP: written }).local;
    const java = spawnSync('java', [...neo4jJvmFlags(heap), '-version'], { encoding: 'utf8' });
    expect(java.stderr).not.toMatch(/Invalid|Error/);
    expect(java.status).toBe(0);
  });

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21.0.2" 2024-01-16', 21],
    ['java version "1.8.0_392"', 8],
    ['nonsense', undefined],
  ])('reads the Java major version from %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});
