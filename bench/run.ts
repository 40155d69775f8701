import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../src/config';
import { seedIfEmpty } from '../src/data/seed';
import { connect } from '../src/db/connect';
import { applySchema } from '../src/db/schema';
import { createLogger } from '../src/logger';
import { freePort } from '../src/neo4j/ports';
import { fromRoot } from '../src/paths';
import { buildServer } from '../src/server';
import { startBaselineServer } from './baseline-server';
import { combine, measure, type Measurement } from './harness';
import { curatedScenarios } from './scenarios';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD = { connections: Number(process.env.BENCH_CONNECTIONS ?? 8), seconds: Number(process.env.BENCH_SECONDS ?? 5) };

/**
 * `npm run bench`: each named operation against its bare-driver baseline, interleaved round by
 * round so that both see the same machine state; writes bench/results/latest.json and a table.
 */
async function main(): Promise<void> {
  // A managed server of its own (instance "bench"), so a running app is not disturbed.
  const env = process.env.NEO4J_URI
    ? process.env
    : { NEO4J_LOCAL_INSTANCE: 'bench', NEO4J_LOCAL_PORT: String(await freePort()), ...process.env };
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const logger = createLogger('warn');
  const connection = await connect(config, logger);
  try {
    await applySchema(connection.db);
    await seedIfEmpty(connection.db, (line) => process.stdout.write(`${line}\n`));
    const server = await buildServer(config, connection.db, logger);
    const graphqlUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    const scenarios = curatedScenarios();
    const baseline = await startBaselineServer(connection.db, scenarios);

    const results: Record<string, { graphql: Measurement; baseline: Measurement; p50Ratio: number; target: number }> = {};
    for (const scenario of scenarios) {
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
      process.stdout.write(`${scenario.name}: warming up…\n`);
      await measure(graphqlUrl, body, { ...LOAD, seconds: 2 });
      await measure(`${baseline.url}/${scenario.name}`, '{}', { ...LOAD, seconds: 2 });
      const graphqlRounds: Measurement[] = [];
      const baselineRounds: Measurement[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        graphqlRounds.push(await measure(graphqlUrl, body, LOAD));
        baselineRounds.push(await measure(`${baseline.url}/${scenario.name}`, '{}', LOAD));
        process.stdout.write(`  round ${round}/${ROUNDS} done\n`);
      }
      const graphql = combine(graphqlRounds);
      const bare = combine(baselineRounds);
      results[scenario.name] = {
        graphql,
        baseline: bare,
        p50Ratio: Number((graphql.p50 / Math.max(bare.p50, 0.001)).toFixed(2)),
        target: scenario.targetRatio,
      };
    }
    await baseline.close();
    await server.stop();

    const report = {
      generatedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      load: { ...LOAD, rounds: ROUNDS },
      scenarios: results,
    };
    mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    writeFileSync(fromRoot('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    printTable(results);
  } finally {
    await connection.close();
  }
}

function printTable(
  results: Record<string, { graphql: Measurement; baseline: Measurement; p50Ratio: number; target: number }>,
): void {
  const rows = Object.entries(results).map(([name, r]) => ({
    scenario: name,
    'p50 ms': r.graphql.p50,
    'p99 ms': r.graphql.p99,
    'req/s': Math.round(r.graphql.rps),
    'bare p50': r.baseline.p50,
    'bare p99': r.baseline.p99,
    'bare req/s': Math.round(r.baseline.rps),
    'p50 ratio': r.p50Ratio,
    target: `≤ ${r.target}`,
  }));
  console.table(rows);
  process.stdout.write('Written to bench/results/latest.json\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
