import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createContext } from './context';
import type { Database } from './db/database';
import { loadPlaygroundExamples } from './http/playground';
import type { EntenteServer } from './server';

/** Common first requests beyond the playground's examples: a page of each list, as a front end opens it. */
const FIRST_PAGES = ['states', 'alliances', 'treaties', 'conflicts', 'operations'].map(
  (list) => `{ ${list}(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
);

/**
 * Analysts' questions: the playground has an example of each, but a front end does not open with
 * them, and their plans are the slowest to make (0.6–1.2 s each, half of the whole warm-up).
 */
const ANALYSTS_FIELDS = new Set([
  'shortestPath',
  'paths',
  'neighbourhood',
  'entanglement',
  'defenders',
  'escalation',
  'commonAllies',
]);

interface WarmUpQuery {
  query: string;
  variables?: Record<string, unknown>;
}

export interface WarmUp {
  /** The analysts' examples, one at a time once the service listens; resolves when they are done. */
  afterReady(): Promise<void>;
}

/**
 * Runs the queries a new visitor runs first, once, before the service listens: Neo4j plans each
 * statement shape on first use (0.2–1.5 s each on a busy 2-core machine), so the first requests
 * after a start timed out on a cold plan cache. The reads a front end opens with (lookups, lists,
 * search, members, timelines) are warmed before ready; the analysts' path examples right after,
 * one at a time, so that a start is ready in seconds fewer and no first page meets a cold plan.
 * Read-only queries only; a failure is logged and does not stop the start.
 */
export async function warmUp(server: EntenteServer, db: Database, config: Config, logger: Logger): Promise<WarmUp> {
  const reads: WarmUpQuery[] = [
    ...loadPlaygroundExamples()
      // Documents with a mutation need a curator's token; they are left cold.
      .filter(({ query }) => operationsOf(query).every((d) => d.operation === 'query'))
      .map(({ query, variables }) => ({ query, ...(variables ? { variables } : {}) })),
    ...FIRST_PAGES.map((query) => ({ query })),
  ];
  const first = reads.filter((q) => !asksAnalystsQuestion(q.query));
  const later = reads.filter((q) => asksAnalystsQuestion(q.query));
  const run = (queries: WarmUpQuery[], concurrency: number) => runAll(server, db, config, logger, queries, concurrency);
  logger.info({ queries: first.length }, 'warming query plans …');
  // Two at a time: Neo4j plans one statement while Node serialises the other's answer; more would
  // only queue on the CPU.
  const warmed = await run(first, 2);
  report(logger, warmed, 'query plans warmed');
  return {
    afterReady: async () => {
      // One at a time: requests are being served now, and these must not crowd them out.
      report(logger, await run(later, 1), "analysts' query plans warmed");
    },
  };
}

const operationsOf = (query: string): OperationDefinitionNode[] =>
  parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

function asksAnalystsQuestion(query: string): boolean {
  return operationsOf(query).some((operation) =>
    operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && ANALYSTS_FIELDS.has(s.name.value)),
  );
}

async function runAll(
  server: EntenteServer,
  db: Database,
  config: Config,
  logger: Logger,
  queries: WarmUpQuery[],
  concurrency: number,
): Promise<{ queries: number; failed: number; ms: number }> {
  const started = performance.now();
  let failed = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queries.length) {
      const { query, variables } = queries[next++] as WarmUpQuery;
      const result = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.forRequest(30_000), logger, { kind: 'anonymous' }, config.readPlanner) },
      );
      if (result.body.kind === 'single' && result.body.singleResult.errors?.length) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { queries: queries.length, failed, ms: Math.round(performance.now() - started) };
}

function report(logger: Logger, outcome: { queries: number; failed: number; ms: number }, done: string): void {
  if (outcome.failed > 0) logger.warn(outcome, 'some warm-up queries failed; the first requests may be slow');
  else logger.info(outcome, done);
}
