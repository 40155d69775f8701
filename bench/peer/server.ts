import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../../src/paths';

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The peer: an @neo4j/graphql 7 schema over the same graph (bench/peer/type-defs.graphql), served
 * by the same @apollo/server as Entente, in its standalone HTTP server (Node's http, CORS and a
 * JSON body parser: what the library's own guide sets up), on a free port, through the same
 * driver and so the same connection pool, against the same database.
 *
 * Off, because Entente has them off or the bench does not use them: the cache-control plugin
 * (it wraps every field; Entente disables it), the landing page, mutations (read-only; the peer
 * has no authentication), authorization (no JWT is decoded), subscriptions, the query complexity
 * estimators and the deprecated input fields. Nothing that shapes the Cypher it generates is
 * changed: it runs each request as one translated statement in a read transaction, as it would
 * for any user.
 */
export async function startPeerServer(driver: Driver, database: string): Promise<PeerServer> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: readFileSync(fromRoot('bench', 'peer', 'type-defs.graphql'), 'utf8'),
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: await neo4jGraphQL.getSchema(),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  // The standalone server includes the drain plugin: stop() closes the HTTP server too.
  return { url, close: () => apollo.stop() };
}
