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

/** One autocannon run: POSTs `body` to `url` for a fixed time; any non-2xx or error fails the run. */
export async function measure(url: string, body: string, load: LoadOptions): Promise<Measurement> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: load.connections,
    duration: load.seconds,
  });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
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
