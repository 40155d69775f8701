import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Database } from '../src/db/database';
import { graphqlHandler } from '../src/http/graphql-handler';
import { FLOORS } from './floors';
import type { Scenario } from './scenarios';

/** Whether a scenario has an Apollo floor. */
export const hasApolloFloor = (scenario: Scenario): boolean => scenario.name in FLOORS;

/**
 * The least any Apollo Server answer to a scenario can cost: the fields of its operation, whose
 * resolver runs the scenario's bare statement, no plugins, no validation rules, no context, served
 * by the same lean HTTP handler as Entente. Between it and bare is what Apollo Server and
 * graphql-js cost on their own; between Entente and it, what Entente adds (limits, auth, the
 * planner). Between it and the peer is the most any server on Apollo could gain on the peer.
 */
export async function startApolloFloor(db: Database, scenario: Scenario): Promise<{ url: string; close(): Promise<void> }> {
  const floor = FLOORS[scenario.name];
  if (!floor) throw new Error(`No Apollo floor for ${scenario.name}`);
  const apollo = new ApolloServer({
    typeDefs: floor.typeDefs,
    resolvers: floor.resolvers(db, scenario),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const handler = graphqlHandler({
    apollo: apollo as never,
    context: async () => ({}) as never,
    bodyLimitBytes: 1_000_000,
    responseLimitBytes: 10_000_000,
    maxTokens: 10_000,
    corsOrigins: [],
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise((done) => server.close(done));
      await apollo.stop();
    },
  };
}
