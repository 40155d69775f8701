import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { CypherStatement } from './cypher';
import { mapNeo4jError, withoutRetryWhenTooLarge } from './errors';

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
  private readonly listeners = new Set<QueryListener>();

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

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
      try {
        return await session.run<R>(statement.text, params, config);
      } catch (error) {
        if (attempt === 1 && isConnectionError(error)) continue;
        this.options.logger.warn({ query: statement.name, err: error }, 'query failed');
        throw mapNeo4jError(error, statement.name, performance.now() - started >= config.timeout);
      } finally {
        await session.close();
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
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const config = this.transactionConfig(name, timeoutMs);
    const started = performance.now();
    try {
      return await session.executeWrite((tx) => work(tx).catch(withoutRetryWhenTooLarge), config);
    } catch (error) {
      this.options.logger.warn({ query: name, err: error }, 'query failed');
      throw mapNeo4jError(error, name, performance.now() - started >= config.timeout);
    } finally {
      await session.close();
      this.logTiming(name, 'WRITE', started);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private transactionConfig(name: string, timeoutMs?: number): { timeout: number; metadata: Record<string, string> } {
    return { timeout: timeoutMs ?? this.options.queryTimeoutMs, metadata: { app: 'entente', query: name } };
  }

  private notify(name: string, mode: 'READ' | 'WRITE'): void {
    for (const listener of this.listeners) listener(name, mode);
  }

  private logTiming(name: string, mode: 'READ' | 'WRITE', started: number): void {
    this.options.logger.debug({ query: name, mode, ms: Math.round(performance.now() - started) }, 'query');
  }
}

/** The connection went away before the query finished: safe to run a read again. */
function isConnectionError(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired');
}
