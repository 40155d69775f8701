import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database';
import { fixture } from '../helpers/fixtures';
import { openTestDatabase } from '../helpers/neo4j';

const COLLECT_NUMBERS = fixture('collect-numbers');
// Eight bytes a number at the very least: 400 MB, over the suite's 256 MiB per transaction.
const TOO_MANY_NUMBERS = 50_000_000;

const UNITS: Record<string, number> = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 };

/** db.memory.transaction.max as SHOW SETTINGS prints it ("256.00MiB"); 0 is unlimited. */
async function transactionMemoryLimit(db: Database): Promise<number> {
  const value = String((await db.read(fixture('transaction-memory-limit'))).records[0]?.get('value'));
  const [, amount, unit] = /^([\d.]+)\s*(\w+)$/.exec(value) ?? [];
  if (!amount || !unit || !(unit in UNITS)) throw new Error(`Unexpected db.memory.transaction.max: "${value}"`);
  return Number(amount) * (UNITS[unit] as number);
}

const codeOf = (error: unknown): unknown => (error instanceof GraphQLError ? error.extensions.code : error);

describe("a query over the server's memory limit per transaction", () => {
  let db: Database;
  beforeAll(async () => {
    // The driver's own retry budget (30 s): a memory error must not use it.
    db = await openTestDatabase({ queryTimeoutMs: 30_000, maxRetryTimeMs: 30_000 });
    const limit = await transactionMemoryLimit(db);
    if (limit === 0 || limit >= TOO_MANY_NUMBERS * 8) {
      throw new Error(
        `These tests need db.memory.transaction.max below ${TOO_MANY_NUMBERS * 8} bytes; the server allows ${limit}`,
      );
    }
  });
  afterAll(() => db.close());

  it('answers QUERY_TOO_LARGE to a read, and the server answers the next query', async () => {
    const error = await db.read(COLLECT_NUMBERS, { count: neo4j.int(TOO_MANY_NUMBERS) }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('QUERY_TOO_LARGE');
    expect((error as GraphQLError).message).toMatch(/more memory than a query may use/);

    const small = await db.read(COLLECT_NUMBERS, { count: neo4j.int(1000) });
    expect(small.records[0]?.get('size').toNumber()).toBe(1000);
  }, 60_000);

  it('answers QUERY_TOO_LARGE to a write transaction after one attempt, not after the driver retried it', async () => {
    let attempts = 0;
    const error = await db
      .writeTransaction('test/collect-numbers', (tx) => {
        attempts += 1;
        return tx.run(COLLECT_NUMBERS.text, { count: neo4j.int(TOO_MANY_NUMBERS) });
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('QUERY_TOO_LARGE');
    expect(attempts).toBe(1);
  }, 90_000);
});
