import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

import { ErrorCode, type ErrorCodeName as Code } from '../shared/error-codes';

interface Rule {
  matches: (neo4jCode: string) => boolean;
  code: Code;
  /** Given the statement's name, so that a hint can fit what ran. */
  message: string | ((queryName: string) => string);
}

const oneOf =
  (...codes: string[]) =>
  (neo4jCode: string): boolean =>
    codes.includes(neo4jCode);
const startsWith =
  (...prefixes: string[]) =>
  (neo4jCode: string): boolean =>
    prefixes.some((prefix) => neo4jCode.startsWith(prefix));

// Neo4j 5.26 raises MemoryPoolOutOfMemoryError when a query passes db.memory.transaction.max; the
// others are the same limit in other versions and settings, or the heap or stack it ran out of.
const TOO_LARGE = oneOf(
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.StackOverFlowError',
);

// Neo4j gives a transaction stopped while it waited for a lock one of these codes, with no word
// of why: its own timeout, an operator or a shutdown.
const TERMINATED = oneOf('Neo.ClientError.Transaction.Terminated', 'Neo.ClientError.Transaction.LockClientStopped');

// Statement names of writes (src/curation/run.ts, src/data/write.ts).
const WRITES = ['curation/', 'seed/'];

/**
 * What to do about a query that ran out of time or memory, by what ran: only statements under
 * `path/` walk hops; other reads grow with dates, pages and nested relations; a write is rolled
 * back whole and has nothing to narrow, and only a timeout (a busy moment) may pass on a retry.
 */
function advice(queryName: string, limit: 'time' | 'memory'): string {
  if (WRITES.some((prefix) => queryName.startsWith(prefix))) {
    return limit === 'time' ? 'nothing was written; try again shortly' : 'nothing was written';
  }
  if (queryName.startsWith('path/')) return 'narrow it (fewer hops, a date, a smaller "first")';
  return 'narrow it (a date, a smaller "first", fewer nested relations)';
}

const TIMED_OUT_WHILE_WAITING: Rule = {
  matches: TERMINATED,
  code: ErrorCode.QUERY_TIMEOUT,
  message: 'The query waited for other writes longer than the time limit and was stopped: try again shortly',
};

/**
 * The Neo4j codes (as neo4j-driver 5 reports them, from the status list of Neo4j 5.26) that a
 * client's request or the database's state can cause, first match wins. Anything else, such as a
 * Cypher syntax error, is a bug of ours: it stays unmapped for Apollo to mask.
 */
const RULES: readonly Rule[] = [
  {
    matches: startsWith('Neo.ClientError.Transaction.TransactionTimedOut'),
    code: ErrorCode.QUERY_TIMEOUT,
    message: (queryName) => `The query took longer than the time limit and was stopped: ${advice(queryName, 'time')}`,
  },
  {
    matches: TOO_LARGE,
    code: ErrorCode.QUERY_TOO_LARGE,
    message: (queryName) => `The query needed more memory than a query may use and was stopped: ${advice(queryName, 'memory')}`,
  },
  {
    matches: oneOf('Neo.ClientError.Schema.ConstraintValidationFailed'),
    code: ErrorCode.CONFLICT,
    message: 'The write conflicts with an existing entity of the same id',
  },
  {
    // An operator's TERMINATE TRANSACTION or a shutdown; a lock wait cut short ends the same way
    // (when our own timeout cut it, TIMED_OUT_WHILE_WAITING answers first).
    matches: TERMINATED,
    code: ErrorCode.DATABASE_UNAVAILABLE,
    message: 'The database stopped the query before it finished: try again shortly',
  },
  {
    matches: oneOf(
      'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
      'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase',
    ),
    code: ErrorCode.DATABASE_UNAVAILABLE,
    message: 'The database is read-only right now and accepts no writes: try again later',
  },
  {
    // Entente's own credentials or NEO4J_DATABASE are wrong: no retry by the client can help, so
    // the message says so without naming the server's settings.
    matches: startsWith(
      'Neo.ClientError.Security.',
      'Neo.ClientError.Database.DatabaseNotFound',
      'Neo.ClientError.Database.HomeDatabaseNotFound',
    ),
    code: ErrorCode.DATABASE_UNAVAILABLE,
    message: 'The service cannot use its database (a problem with its configuration): an operator must fix it',
  },
  {
    matches: (neo4jCode) =>
      neo4jCode === 'ServiceUnavailable' || neo4jCode === 'SessionExpired' || neo4jCode.startsWith('Neo.TransientError.'),
    code: ErrorCode.DATABASE_UNAVAILABLE,
    message: 'The database is not answering right now: try again shortly',
  },
];

/**
 * Turns the Neo4j errors a client can do something about into GraphQL errors with a code; any
 * other error is returned unchanged so that Apollo masks it as INTERNAL_SERVER_ERROR.
 * `ranPastTimeout`: the transaction had run for its whole timeout, so a termination was the timeout's.
 */
export function mapNeo4jError(error: unknown, queryName: string, ranPastTimeout = false): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const rules = ranPastTimeout ? [TIMED_OUT_WHILE_WAITING, ...RULES] : RULES;
  const rule = rules.find((r) => r.matches(error.code ?? ''));
  if (!rule) return error;
  const message = typeof rule.message === 'string' ? rule.message : rule.message(queryName);
  return new GraphQLError(message, { extensions: { code: rule.code, query: queryName } });
}

/**
 * The driver retries every TransientError, memory pool exhaustion among them: a query over its
 * memory limit would run again, to the same end, for the whole retry budget.
 */
export function withoutRetryWhenTooLarge(error: unknown): never {
  if (error instanceof Neo4jError && TOO_LARGE(error.code ?? '')) error.retriable = false;
  throw error;
}
