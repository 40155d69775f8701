import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/error-codes';
import type { CypherStatement } from './cypher';
import { mapNeo4jError, withoutRetryWhenTooLarge } from './errors';
import { FailureLog } from './failure-log';

export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  logger: Logger;
}

/** Observes every query that runs: tests count round trips with it, logs name them. */
export type QueryListener = (name: string, mode: 'READ' | 'WRITE') => void;

/**
 * The one place queries run: it picks a read or write transaction, applies the timeout, labels
 * the transaction with the statement's file name and maps Neo4j errors to coded GraphQL errors.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    /** When the request this view serves must have its answer (epoch ms); none for the shared one. */
    private readonly deadlineAt = Infinity,
    private readonly listeners = new Set<QueryListener>(),
    private readonly failures = new FailureLog(options.logger),
  ) {}

  /**
   * The same database for one request: every statement it runs gets at most the time left until
   * `deadlineMs` from now, on the server (its transaction timeout) and here (a hung server cannot
   * hold the request past it).
   */
  forRequest(deadlineMs: number): Database {
    return new Database(this.driver, this.options, Date.now() + deadlineMs, this.listeners, this.failures);
  }

  /** Milliseconds left before the request's deadline (Infinity outside a request). */
  remainingMs(): number {
    return Math.max(0, this.deadlineAt - Date.now());
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * One statement in an auto-commit READ transaction: a round trip fewer than a managed
   * transaction (no BEGIN and COMMIT), and the server still refuses any write in it. A dropped
   * connection is retried once; a timeout or a memory error is not retried at all.
   */
  async read<R extends RecordShape = RecordShape>(
    statement: CypherStatement,
    params: Params = {},
    timeoutMs?: number,
  ): Promise<QueryResult<R>> {
    this.notify(statement.name, 'READ');
    const config = this.transactionConfig(statement.name, timeoutMs);
    const started = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      const guard = new ClientDeadline(config.timeout, statement.name);
      try {
        return await guard.race(session.run<R>(statement.text, params, config));
      } catch (error) {
        if (attempt === 1 && isConnectionError(error) && this.remainingMs() > 0) continue;
        throw this.failed(statement.name, error, performance.now() - started >= config.timeout);
      } finally {
        await guard.close(session);
        this.logTiming(statement.name, 'READ', started);
      }
    }
  }

  write<R extends RecordShape = RecordShape>(
    statement: CypherStatement,
    params: Params = {},
    timeoutMs?: number,
  ): Promise<QueryResult<R>> {
    return this.writeTransaction(statement.name, (tx) => tx.run<R>(statement.text, params), timeoutMs);
  }

  /**
   * Work in one managed write transaction: all of it or none of it. The driver retries transient
   * failures (deadlocks among them) within the retry budget the driver was created with, except a
   * query over its memory limit, which would only fail again.
   */
  async writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    this.notify(name, 'WRITE');
    const config = this.transactionConfig(name, timeoutMs);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    const guard = new ClientDeadline(config.timeout, name);
    try {
      return await guard.race(session.executeWrite((tx) => work(tx).catch(withoutRetryWhenTooLarge), config));
    } catch (error) {
      throw this.failed(name, error, performance.now() - started >= config.timeout);
    } finally {
      await guard.close(session);
      this.logTiming(name, 'WRITE', started);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The statement's time limit: its own or the default, cut to what is left of the request's deadline. */
  private transactionConfig(name: string, timeoutMs?: number): { timeout: number; metadata: Record<string, string> } {
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      throw new GraphQLError('The request passed its deadline before this query could start: ask for less, or try again', {
        extensions: { code: ErrorCode.QUERY_TIMEOUT, query: name },
      });
    }
    const timeout = Math.max(1, Math.floor(Math.min(timeoutMs ?? this.options.queryTimeoutMs, remaining)));
    return { timeout, metadata: { app: 'entente', query: name } };
  }

  private failed(name: string, error: unknown, ranPastTimeout: boolean): unknown {
    const mapped = error instanceof GraphQLError ? error : mapNeo4jError(error, name, ranPastTimeout);
    this.failures.report(name, mapped, error);
    return mapped;
  }

  private notify(name: string, mode: 'READ' | 'WRITE'): void {
    for (const listener of this.listeners) listener(name, mode);
  }

  private logTiming(name: string, mode: 'READ' | 'WRITE', started: number): void {
    this.options.logger.debug({ query: name, mode, ms: Math.round(performance.now() - started) }, 'query');
  }
}

/** Past the server's own timeout, the client waits this much longer before it gives up on the server. */
const CLIENT_GRACE_MS = 500;

/**
 * The time limit enforced on this side too: Neo4j enforces a transaction timeout only while it
 * runs, so a frozen server (SIGSTOP, a long GC pause, a dead network) would hold a request for ever.
 */
class ClientDeadline {
  private timer: NodeJS.Timeout | undefined;
  private expired = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly name: string,
  ) {}

  race<T>(work: PromiseLike<T>): Promise<T> {
    const expiry = new Promise<never>((_, reject) => {
      this.timer = setTimeout(() => {
        this.expired = true;
        reject(
          new GraphQLError(`The database did not answer within ${this.timeoutMs} ms: try again shortly`, {
            extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, query: this.name },
          }),
        );
      }, this.timeoutMs + CLIENT_GRACE_MS);
    });
    return Promise.race([Promise.resolve(work), expiry]).finally(() => clearTimeout(this.timer));
  }

  /** Closes the session, without waiting on a server that did not answer. */
  async close(session: { close(): Promise<void> }): Promise<void> {
    if (this.expired) void session.close().catch(() => undefined);
    else await session.close();
  }
}

/** The connection went away before the query finished: safe to run a read again. */
function isConnectionError(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired');
}
