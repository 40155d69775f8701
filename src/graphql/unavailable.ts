import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/error-codes';

/**
 * Seconds a client is asked to wait before retrying, by the code of an answer the service could not
 * give now: the database is down (it restarts on its own), or every slot for expensive queries is taken.
 */
export const RETRY_AFTER_S: Partial<Record<string, number>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 5,
  [ErrorCode.SERVER_BUSY]: 2,
};

/**
 * An answer that failed for one of those reasons is HTTP 503 with Retry-After, not 200: load
 * balancers, clients and monitors then see an outage or a busy time for what it is and back off.
 */
export function unavailableAs503<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const waits = (response.body.singleResult.errors ?? []).map((error) => RETRY_AFTER_S[String(error.extensions?.code)]);
          const wait = Math.max(...waits.filter((seconds): seconds is number => seconds !== undefined));
          if (!Number.isFinite(wait)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
