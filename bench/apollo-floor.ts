import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Database } from '../src/db/database';
import { toPlain } from '../src/db/mapping';
import { graphqlHandler } from '../src/http/graphql-handler';
import type { Scenario } from './scenarios';

/**
 * The least any Apollo Server answer to the state lookup can cost: one field whose resolver runs
 * the scenario's bare statement, no plugins, no validation rules, no context, served by the same
 * lean HTTP handler as Entente. Between it and bare is what Apollo Server and graphql-js cost on
 * their own; between Entente and it, what Entente adds (limits, auth, the planner).
 */
export async function startApolloFloor(db: Database, lookup: Scenario): Promise<{ url: string; close(): Promise<void> }> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { state(id: ID!): State } type State { id: ID! name: String! iso2: String region: String }',
    resolvers: {
      Query: {
        state: async (_: unknown, args: { id: string }) => {
          const result = await db.read(lookup.baseline, { id: args.id });
          return result.records[0] ? toPlain(result.records[0].get('state')) : null;
        },
      },
    },
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
