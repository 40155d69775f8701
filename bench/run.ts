// First, before anything loads graphql: see the file.
import './production-mode';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
import { curatedScenarios, syntheticScenarios, type Scenario } from './scenarios';
import { syntheticEnv } from './synthetic';
import { benchAuthEnv, measureWrites, WRITE_SCENARIOS } from './writes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD = { connections: Number(process.env.BENCH_CONNECTIONS ?? 8), seconds: Number(process.env.BENCH_SECONDS ?? 5) };

interface Result {
  graphql: Measurement;
  baseline: Measurement;
  p50Ratio: number;
  target: number;
}

/**
 * `npm run bench`: each named operation against its bare-driver baseline, interleaved round by
 * round so that both see the same machine state; the curated data first, then the synthetic
 * graph if `npm run gen:synthetic` built it. Writes bench/results/latest.json and a table.
 */
async function main(): Promise<void> {
  const results: Record<string, Result> = {};
  const writes: Record<string, Measurement> = {};
  // A managed server of its own (instance "bench"), so a running app is not disturbed.
  const curatedEnv = process.env.NEO4J_URI
    ? process.env
    : { NEO4J_LOCAL_INSTANCE: 'bench', NEO4J_LOCAL_PORT: String(await freePort()), ...process.env };
  Object.assign(results, await runSuite({ ...curatedEnv, ...benchAuthEnv() }, curatedScenarios(), true, writes));
  const synthetic = await syntheticEnv();
  if (existsSync(path.join(loadConfig(synthetic).local.homeDir, 'password'))) {
    Object.assign(results, await runSuite(synthetic, syntheticScenarios(), false));
  } else {
    process.stdout.write('No synthetic graph: run `npm run gen:synthetic` for the path scenarios.\n');
  }
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    load: { ...LOAD, rounds: ROUNDS },
    scenarios: results,
    writes,
  };
  mkdirSync(fromRoot('bench', 'results'), { recursive: true });
  writeFileSync(fromRoot('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable(results);
  if (Object.keys(writes).length > 0)
    console.table(
      Object.entries(writes).map(([name, w]) => ({
        scenario: name,
        'p50 ms': w.p50,
        'p99 ms': w.p99,
        'req/s': Math.round(w.rps),
      })),
    );
}

async function runSuite(
  env: Record<string, string | undefined>,
  scenarios: Scenario[],
  seed: boolean,
  writes?: Record<string, Measurement>,
): Promise<Record<string, Result>> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const logger = createLogger('warn');
  const connection = await connect(config, logger);
  const results: Record<string, Result> = {};
  try {
    await applySchema(connection.db);
    if (seed) await seedIfEmpty(connection.db, (line) => process.stdout.write(`${line}\n`));
    const server = await buildServer(config, connection.db, logger);
    const graphqlUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    const baseline = await startBaselineServer(connection.db, scenarios);
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
    // Writes last: they change the bench database, never the reads measured above.
    for (const scenario of writes ? WRITE_SCENARIOS : []) {
      process.stdout.write(`${scenario.name}…\n`);
      const rounds: Measurement[] = [];
      for (let round = 1; round <= ROUNDS; round += 1)
        rounds.push(await measureWrites(graphqlUrl, connection.db, config.auth, scenario, LOAD));
      (writes as Record<string, Measurement>)[scenario.name] = combine(rounds);
    }
    await baseline.close();
    await server.stop();
  } finally {
    await connection.close();
  }
  return results;
}

function printTable(results: Record<string, Result>): void {
  console.table(
    Object.entries(results).map(([name, r]) => ({
      scenario: name,
      'p50 ms': r.graphql.p50,
      'p99 ms': r.graphql.p99,
      'req/s': Math.round(r.graphql.rps),
      'bare p50': r.baseline.p50,
      'bare p99': r.baseline.p99,
      'bare req/s': Math.round(r.baseline.rps),
      'p50 ratio': r.p50Ratio,
      target: `≤ ${r.target}`,
    })),
  );
  process.stdout.write('Written to bench/results/latest.json\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
