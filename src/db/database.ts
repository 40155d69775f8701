import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { CypherStatement } from './cypher';
import { mapNeo4jError } from './errors';

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

  read<R extends RecordShape = RecordShape>(
    statement: CypherStatement,
    params: Params = {},
    timeoutMs?: number,
  ): Promise<QueryResult<R>> {
    return this.run('READ', statement.name, (tx) => tx.run<R>(statement.text, params), timeoutMs);
  }

  write<R extends RecordShape = RecordShape>(
    statement: CypherStatement,
    params: Params = {},
    timeoutMs?: number,
  ): Promise<QueryResult<R>> {
    return this.run('WRITE', statement.name, (tx) => tx.run<R>(statement.text, params), timeoutMs);
  }

  /** Several statements in one write transaction: all of them or none. */
  writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.run('WRITE', name, work, timeoutMs);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    for (const listener of this.listeners) listener(name, mode);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const started = performance.now();
    const config = { timeout: timeoutMs ?? this.options.queryTimeoutMs, metadata: { app: 'entente', query: name } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      this.options.logger.warn({ query: name, err: error }, 'query failed');
      throw mapNeo4jError(error, name);
    } finally {
      this.options.logger.debug({ query: name, mode, ms: Math.round(performance.now() - started) }, 'query');
      await session.close();
    }
  }
}
