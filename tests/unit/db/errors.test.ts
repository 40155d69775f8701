import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError, withoutRetryWhenTooLarge } from '../../../src/db/errors';

/** As the driver builds them from a server's FAILURE message. */
const neo4jError = (code: string): Neo4jError => new Neo4jError(`server says ${code}`, code, '50N42', 'error: test');

const mapped = (code: string): unknown => mapNeo4jError(neo4jError(code), 'test/query');

describe('mapNeo4jError', () => {
  it.each(['Neo.ClientError.Transaction.Terminated', 'Neo.ClientError.Transaction.LockClientStopped'])(
    'answers %s with QUERY_TIMEOUT when the transaction had run for its whole timeout',
    (neo4jCode) => {
      const error = mapNeo4jError(neo4jError(neo4jCode), 'test/query', true);
      expect((error as GraphQLError).extensions).toEqual({ code: 'QUERY_TIMEOUT', query: 'test/query' });
      expect((error as GraphQLError).message).toMatch(/time limit/);
    },
  );

  // Codes from Neo4j 5.26's own status list (org.neo4j.kernel.api.exceptions.Status).
  it.each([
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT', /time limit/],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT', /time limit/],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'QUERY_TOO_LARGE', /more memory/],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'QUERY_TOO_LARGE', /more memory/],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'QUERY_TOO_LARGE', /more memory/],
    ['Neo.TransientError.General.OutOfMemoryError', 'QUERY_TOO_LARGE', /more memory/],
    ['Neo.TransientError.General.StackOverFlowError', 'QUERY_TOO_LARGE', /more memory/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT', /same id/],
    ['Neo.ClientError.Transaction.Terminated', 'DATABASE_UNAVAILABLE', /stopped the query/],
    ['Neo.ClientError.Transaction.LockClientStopped', 'DATABASE_UNAVAILABLE', /stopped the query/],
    ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', 'DATABASE_UNAVAILABLE', /read-only/],
    ['Neo.ClientError.General.WriteOnReadOnlyAccessDatabase', 'DATABASE_UNAVAILABLE', /read-only/],
    ['Neo.ClientError.Security.Unauthorized', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.ClientError.Security.CredentialsExpired', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.ClientError.Security.Forbidden', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.ClientError.Database.HomeDatabaseNotFound', 'DATABASE_UNAVAILABLE', /operator must fix/],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'DATABASE_UNAVAILABLE', /try again/],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'DATABASE_UNAVAILABLE', /try again/],
    ['Neo.TransientError.Transaction.MaximumTransactionLimitReached', 'DATABASE_UNAVAILABLE', /try again/],
    ['Neo.TransientError.General.DatabaseUnavailable', 'DATABASE_UNAVAILABLE', /try again/],
    ['Neo.TransientError.Request.NoThreadsAvailable', 'DATABASE_UNAVAILABLE', /try again/],
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE', /try again/],
    ['SessionExpired', 'DATABASE_UNAVAILABLE', /try again/],
  ])('answers %s with %s', (neo4jCode, code, message) => {
    const error = mapped(neo4jCode);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code, query: 'test/query' });
    expect((error as GraphQLError).message).toMatch(message);
    // Nothing of the server's own wording reaches the client.
    expect((error as GraphQLError).message).not.toContain('server says');
  });

  it.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Statement.ParameterMissing',
    'Neo.ClientError.Statement.AccessMode',
    'Neo.ClientError.Schema.IndexNotFound',
    'Neo.DatabaseError.General.UnknownError',
    'N/A',
  ])('leaves %s, a fault of ours or of the server, for Apollo to mask', (neo4jCode) => {
    const error = neo4jError(neo4jCode);
    expect(mapNeo4jError(error, 'test/query')).toBe(error);
  });

  describe('advice on a query over its time or memory limit fits what ran', () => {
    const TIMED_OUT = 'Neo.ClientError.Transaction.TransactionTimedOut';
    const OUT_OF_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
    const messageOf = (neo4jCode: string, queryName: string): string =>
      (mapNeo4jError(neo4jError(neo4jCode), queryName) as GraphQLError).message;

    it.each([TIMED_OUT, OUT_OF_MEMORY])('asks a path query (%s) for fewer hops', (neo4jCode) => {
      for (const name of ['path/shortest', 'path/enumerate', 'path/neighbourhood', 'path/entanglement']) {
        expect(messageOf(neo4jCode, name)).toMatch(/: narrow it \(fewer hops, a date, a smaller "first"\)$/);
      }
    });

    it.each([TIMED_OUT, OUT_OF_MEMORY])('never mentions hops to a read that has none (%s)', (neo4jCode) => {
      for (const name of ['read/alliances', 'read/state', 'relation/members', 'entity/search', 'treaty/pledges']) {
        const message = messageOf(neo4jCode, name);
        expect(message).toMatch(/: narrow it \(a date, a smaller "first", fewer nested relations\)$/);
        expect(message).not.toMatch(/hop/);
      }
      // Only the prefix counts: a name that merely contains "path/" is not a path query.
      expect(messageOf(neo4jCode, 'read/path/x')).not.toMatch(/hop/);
    });

    it('tells a write that nothing was written, and to retry only after a timeout', () => {
      expect(messageOf(TIMED_OUT, 'curation/upsertState')).toMatch(
        /time limit and was stopped: nothing was written; try again shortly$/,
      );
      expect(messageOf(OUT_OF_MEMORY, 'curation/deleteEntity')).toMatch(/more memory .* stopped: nothing was written$/);
      expect(messageOf(OUT_OF_MEMORY, 'seed/load')).not.toMatch(/narrow|hop|try again/);
    });
  });

  it('leaves errors that are not from Neo4j alone', () => {
    const error = new TypeError('a bug');
    expect(mapNeo4jError(error, 'test/query')).toBe(error);
  });
});

describe('withoutRetryWhenTooLarge', () => {
  const retriableAfter = (code: string): boolean => {
    const error = neo4jError(code);
    expect(() => withoutRetryWhenTooLarge(error)).toThrow(error);
    return Neo4jError.isRetriable(error);
  };

  it('stops the driver retrying a query over its memory limit', () => {
    expect(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError').retriable).toBe(true);
    expect(retriableAfter('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).toBe(false);
    expect(retriableAfter('Neo.TransientError.General.OutOfMemoryError')).toBe(false);
  });

  it('lets the driver retry what may pass the next time, such as a deadlock', () => {
    expect(retriableAfter('Neo.TransientError.Transaction.DeadlockDetected')).toBe(true);
    expect(retriableAfter('ServiceUnavailable')).toBe(true);
  });
});
