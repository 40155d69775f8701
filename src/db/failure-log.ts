import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/** How often one kind of expected failure is logged at most; the lines between are counted. */
const INTERVAL_MS = 10_000;

/**
 * Logs failed queries without flooding: a failure with an error code (the database is down, a
 * timeout, a memory limit) is expected, so it is one line without a stack trace, logged once per
 * interval for each query and code with the number of repeats since the last line. A failure
 * without a code is a bug of ours: logged every time, with its stack.
 */
export class FailureLog {
  private readonly last = new Map<string, { loggedAt: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = INTERVAL_MS,
  ) {}

  report(query: string, mapped: unknown, original: unknown): void {
    const code = (mapped as GraphQLError | undefined)?.extensions?.code;
    if (typeof code !== 'string') {
      this.logger.error({ query, err: original }, 'query failed');
      return;
    }
    const key = `${query}\0${code}`;
    const now = Date.now();
    const seen = this.last.get(key);
    if (seen && now - seen.loggedAt < this.intervalMs) {
      seen.suppressed += 1;
      return;
    }
    const reason = original instanceof Error ? original.message.split('\n')[0] : String(original);
    this.logger.warn(
      { query, code, reason, ...(seen && seen.suppressed > 0 ? { repeated: seen.suppressed } : {}) },
      seen && seen.suppressed > 0 ? `query failed (${seen.suppressed} more like it since the last line)` : 'query failed',
    );
    this.last.set(key, { loggedAt: now, suppressed: 0 });
  }
}
