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

  it('answers QUERY_TIMEOUT to a write stopped at its timeout while it waited for a lock', async () => {
    await db.write(fixture('create-state'), { id: 'test-db-locked', name: 'Lockland' });
    // Another transaction holds the state's write lock for longer than the waiting write may run.
    const session = db.driver.session({ database: 'neo4j' });
    const holder = await session.beginTransaction();
    try {
      await holder.run(fixture('rename-state').text, { id: 'test-db-locked', name: 'Held' });
      const error = await db
        .write(fixture('rename-state'), { id: 'test-db-locked', name: 'Waited' }, 1000)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    } finally {
      await holder.rollback();
      await session.close();
    }
  });

  it('tells listeners which named statement ran, in which mode', async () => {
    const seen: string[] = [];
    const stop = db.onQuery((name, mode) => seen.push(`${mode} ${name}`));
    await db.read(fixture('count-by-id-prefix'), { prefix: 'test-db-' });
    stop();
    expect(seen).toEqual(['READ test/count-by-id-prefix']);
  });
});
