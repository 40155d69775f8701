export interface Neo4jConfOptions {
  homeDir: string;
  boltPort: number;
  pageCache: string;
  transactionTimeout: string;
  transactionMemoryMax: string;
}

/** The neo4j.conf of a managed server: loopback only, HTTP off, no usage reports, bounded queries. */
export function renderNeo4jConf(o: Neo4jConfOptions): string {
  return [
    '# Written by Entente on every start; edit the environment (see .env.example), not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    // Entente talks Bolt only; the HTTP API and Browser would be one more open port to guard.
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${o.homeDir}/data`,
    `server.directories.logs=${o.homeDir}/logs`,
    `server.directories.plugins=${o.homeDir}/plugins`,
    `server.directories.import=${o.homeDir}/import`,
    `server.directories.run=${o.homeDir}/run`,
    `server.memory.pagecache.size=${o.pageCache}`,
    // Both default to 0 (unlimited): a runaway path query must not take the server down.
    `db.transaction.timeout=${o.transactionTimeout}`,
    `db.memory.transaction.max=${o.transactionMemoryMax}`,
    // Timeouts are enforced by a monitor that looks every 2 s by default: look often enough that a
    // query stops close to its own timeout.
    'db.transaction.monitor.check.interval=100ms',
    // Keep a small machine's disk: transaction logs are for recovery here, not for backups.
    'db.tx_log.rotation.retention_policy=2 files',
    // Bolt's two event loops each wait a 5 s quiet period on shutdown, after Entente has already
    // closed its connections: 10 s of every stop (Ctrl-C, every test server) spent waiting.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}

/** The JVM flags Neo4j's own launcher passes (server.jvm.additional in the stock neo4j.conf). */
export function neo4jJvmFlags(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}
