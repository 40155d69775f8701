import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/error-codes';

/** Seconds a client is asked to wait before retrying while the database is down (it restarts on its own). */
const RETRY_AFTER_S = 5;

/**
 * An answer that failed because Neo4j did not answer is HTTP 503 with Retry-After, not 200: load
 * balancers, clients and monitors then see an outage for what it is and back off.
 */
export function unavailableAs503<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        },
      };
    },
  };
}
