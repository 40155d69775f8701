import { parse, Kind } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createContext } from './context';
import type { Database } from './db/database';
import { loadPlaygroundExamples } from './http/playground';
import type { EntenteServer } from './server';

const WARM_UP_CONCURRENCY = 2;

/** Common first requests beyond the playground's examples: a page of each list, as a front end opens it. */
const FIRST_PAGES = ['states', 'alliances', 'treaties', 'conflicts', 'operations'].map(
  (list) => `{ ${list}(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
);

/**
 * Runs the queries a new visitor runs first, once, before the service listens: Neo4j plans each
 * statement shape on first use (0.2–1.5 s each on a busy 2-core machine), so the first requests
 * after a start timed out on a cold plan cache. Read-only queries only; a failure is logged and
 * does not stop the start.
 */
export async function warmUp(server: EntenteServer, db: Database, config: Config, logger: Logger): Promise<void> {
  const started = performance.now();
  const queries: { query: string; variables?: Record<string, unknown> }[] = [
    ...loadPlaygroundExamples()
      // Documents with a mutation need a curator's token; they are left cold.
      .filter(({ query }) =>
        parse(query).definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query'),
      )
      .map(({ query, variables }) => ({ query, variables })),
    ...FIRST_PAGES.map((query) => ({ query })),
  ];
  logger.info({ queries: queries.length }, 'warming query plans …');
  let failed = 0;
  let next = 0;
  // Two at a time: Neo4j plans one statement while Node serialises the other's answer (about half
  // the time of one by one on 2 cores); more would only queue on the CPU.
  const worker = async (): Promise<void> => {
    while (next < queries.length) {
      const { query, variables } = queries[next++] as (typeof queries)[number];
      const result = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.forRequest(30_000), logger, { kind: 'anonymous' }, config.readPlanner) },
      );
      if (result.body.kind === 'single' && result.body.singleResult.errors?.length) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, worker));
  const ms = Math.round(performance.now() - started);
  if (failed > 0)
    logger.warn({ failed, queries: queries.length, ms }, 'some warm-up queries failed; the first requests may be slow');
  else logger.info({ queries: queries.length, ms }, 'query plans warmed');
}
