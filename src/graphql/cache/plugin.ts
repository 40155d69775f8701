import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { cacheControlHeader, cachePolicyOf, type CachePolicy } from './policy';

/**
 * Sets `Cache-Control` on every answer from the schema's `@cacheControl` hints (cachePolicyOf):
 * a query answered without errors may be reused for its policy's maxAge, by shared caches when it
 * is PUBLIC and the request carried no credentials, by the asker's own cache otherwise; errors
 * and mutations are `no-store`. Policies are kept per parsed document, which Apollo itself caches.
 */
export function cacheControlPlugin<C extends object>(defaultMaxAge: number): ApolloServerPlugin<C> {
  const policies = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operationName, schema, request }) {
          if (response.http.headers.has('cache-control')) return;
          const failed = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
          if (failed || !document) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          let byName = policies.get(document);
          if (!byName) policies.set(document, (byName = new Map()));
          const key = operationName ?? '';
          let policy = byName.get(key);
          if (!policy) byName.set(key, (policy = cachePolicyOf(schema, document, operationName, defaultMaxAge)));
          // An answer to a request with credentials is that caller's: shared caches must not keep it.
          if (request.http?.headers.get('authorization')) policy = { ...policy, scope: 'PRIVATE' };
          response.http.headers.set('cache-control', cacheControlHeader(policy));
        },
      };
    },
  };
}
