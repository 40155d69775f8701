import { GraphQLError } from 'graphql';
import type { Database } from '../../src/db/database';
import { fixture } from '../helpers/fixtures';
import { openTestDatabase } from '../helpers/neo4j';

describe('the query runner', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase({ queryTimeoutMs: 5000, maxRetryTimeMs: 1000 });
  });
  afterAll(async () => {
    await db.write(fixture('delete-by-id-prefix'), { prefix: 'test-db-' });
    await db.close();
  });

  it('refuses a write inside a read transaction and writes nothing', async () => {
    // The server's own refusal (access mode), not some other failure such as a syntax error.
    await expect(db.read(fixture('write-in-read'), { id: 'test-db-sneaky' })).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
      message: expect.stringMatching(/^Writing in read access mode not allowed/),
    });
    const result = await db.read(fixture('count-by-id-prefix'), { prefix: 'test-db-sneaky' });
    expect(result.records[0]?.get('count').toNumber()).toBe(0);
  });

  it('stops a slow query at its timeout with QUERY_TIMEOUT, once, not after retries', async () => {
    const started = Date.now();
    const error = await db.read(fixture('slow-count'), {}, 1000).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(elapsed).toBeLessThan(3000);
    // The server is still answering: the next query succeeds at once.
    const after = await db.read(fixture('count-by-id-prefix'), { prefix: 'test-db-' });
    expect(after.records).toHaveLength(1);
  });

  it('tells listeners which named statement ran, in which mode', async () => {
    const seen: string[] = [];
    const stop = db.onQuery((name, mode) => seen.push(`${mode} ${name}`));
    await db.read(fixture('count-by-id-prefix'), { prefix: 'test-db-' });
    stop();
    expect(seen).toEqual(['READ test/count-by-id-prefix']);
  });
});
