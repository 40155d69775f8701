import autocannon from 'autocannon';

export interface Measurement {
  p50: number;
  p99: number;
  rps: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * One autocannon run: POSTs `body` to `url` for a fixed time; any non-2xx or error fails the run.
 * Percentiles come from every response's own time in fractional ms: autocannon's histogram keeps
 * whole milliseconds, so at 1–3 ms a ratio such as 1.25 could not be told from 1 or 2.
 */
export async function measure(url: string, body: string, load: LoadOptions): Promise<Measurement> {
  const durations: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: load.connections,
        duration: load.seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
      if (statusCode >= 200 && statusCode < 300) durations.push(ms);
    });
  });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 0.5), p99: percentile(durations, 0.99), rps: result.requests.average };
}

/** The nearest-rank percentile of sorted values, to two decimals (0 when there are none). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return Number((sorted[rank] as number).toFixed(2));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The median of each figure over rounds: one slow round (a GC, the other core busy) does not decide. */
export function combine(rounds: Measurement[]): Measurement {
  return { p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), rps: median(rounds.map((r) => r.rps)) };
}

/** One POST, its JSON answer: how the answers are fetched for the check before timing. */
export async function fetchJson(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

/**
 * The sides in the order round `round` (from 1) times them: each round starts with the next side.
 * The first of a round meets what came before it (the database still compiling a new statement, a
 * collection due), and no side should always be it.
 */
export const roundOrder = <T>(sides: readonly T[], round: number): T[] =>
  sides.map((_, i) => sides[(i + round - 1) % sides.length] as T);
