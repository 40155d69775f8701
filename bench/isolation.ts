import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { fromRoot } from '../src/paths';
import { measure, type LoadOptions, type Measurement } from './harness';

export interface IsolationResult {
  /** A one-field lookup, one connection, nothing else running. */
  lookupAlone: Measurement;
  /** The same lookup while `heavyConnections` send the heaviest allowed read without pause. */
  lookupUnderLoad: Measurement;
  heavyConnections: number;
  heavy: { rps: number; answered: number; refusedBusy: number };
  /** The API process's largest resident set while it ran (it also runs the load generator). */
  peakRssMb: number;
}

// The benchmark's 4-level read costs 297,703 of the 300,000 allowed: the most expensive read it has.
const HEAVY = JSON.stringify({
  query: readFileSync(fromRoot('bench', 'operations', 'nested-four-levels.graphql'), 'utf8'),
  variables: { id: 'nato', asOf: '2024-06-01', first: 50, parties: 10 },
});
const LOOKUP = JSON.stringify({ query: '{ state(id: "EST") { id } }' });

/**
 * Issue 10's isolation check: while eight connections send the most expensive allowed read, a
 * one-field lookup should keep its p99 under 250 ms and the API under 1 GB. Heavy requests past
 * the expensive pool's slots wait, or are refused with 503 (counted, not failures).
 */
export async function measureIsolation(graphqlUrl: string, load: LoadOptions): Promise<IsolationResult> {
  const lookupAlone = await measure(graphqlUrl, LOOKUP, { connections: 1, seconds: load.seconds });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const heavyRun = autocannon({
      url: graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: HEAVY,
      connections: load.connections,
      duration: load.seconds + 2,
    });
    // The lookups start once the heavy load is running, and end before it stops.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const lookupUnderLoad = await measure(graphqlUrl, LOOKUP, { connections: 1, seconds: load.seconds });
    const heavy = await heavyRun;
    return {
      lookupAlone,
      lookupUnderLoad,
      heavyConnections: load.connections,
      heavy: { rps: heavy.requests.average, answered: heavy['2xx'], refusedBusy: heavy.non2xx },
      peakRssMb: Math.round(peak / 2 ** 20),
    };
  } finally {
    clearInterval(sampler);
  }
}
