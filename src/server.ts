import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { Logger } from 'pino';
import { createAuthenticator, requireReader } from './auth';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import { cacheControlPlugin } from './graphql/cache/plugin';
import { queryLimitsPlugin } from './graphql/cost/plugin';
import { ExpensivePool } from './graphql/cost/pool';
import { unavailableAs503 } from './graphql/unavailable';
import { createFormatError } from './graphql/format-error';
import { logInternalErrors } from './graphql/log-errors';
import { resolvers } from './graphql/resolvers';
import { loadTypeDefs } from './graphql/schema';
import { DateLiteralsRule } from './graphql/validation/date-literals';
import { graphqlHandler } from './http/graphql-handler';
import { exploreRoutes } from './http/explore';
import { healthRoutes } from './http/health';
import { playgroundRoutes } from './http/playground';
import { parseSize } from './http/size';

export interface EntenteServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Listens on host:port (port 0 picks a free one) and returns the bound port. */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the HTTP app and Apollo without listening, so tests can run it on port 0. */
export async function buildServer(config: Config, db: Database, logger: Logger): Promise<EntenteServer> {
  const app = express();
  app.disable('x-powered-by');
  // Requests are routed once Apollo has started (below); the drain plugin needs the server first.
  const httpServer = http.createServer();
  const expensivePool = new ExpensivePool(config.graphql.expensiveConcurrency);
  const authenticator = createAuthenticator(config.auth);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.graphql.introspection,
    hideSchemaDetailsFromClientErrors: config.graphql.hideSuggestions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: [DateLiteralsRule],
    formatError: createFormatError(config.graphql),
    plugins: [
      queryLimitsPlugin(config.graphql, expensivePool),
      unavailableAs503(),
      logInternalErrors(logger),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control from the schema's hints, worked out once per document (graphql/cache/)
      // rather than by Apollo's plugin, which wraps every field of every answer to learn it.
      cacheControlPlugin(config.graphql.cacheMaxAgeSeconds),
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger,
  });
  await apollo.start();

  app.use(healthRoutes(db));
  app.use(exploreRoutes());
  app.use(playgroundRoutes({ introspection: config.graphql.introspection, playground: config.graphql.playground }));
  const graphql = graphqlHandler({
    apollo,
    context: async (req) => {
      const auth = await authenticator.authenticate(req.headers.authorization);
      // Refuses a bad token, and any request without a token when reads are not public.
      requireReader(auth, config.auth.publicReads);
      return createContext(db.forRequest(config.graphql.requestDeadlineMs), logger, auth, config.readPlanner);
    },
    bodyLimitBytes: parseSize(config.graphql.bodyLimit),
    responseLimitBytes: parseSize(config.graphql.responseLimit),
    maxTokens: config.graphql.maxTokens,
    corsOrigins: config.corsOrigins,
  });
  app.all('/graphql', (req, res) => graphql(req, res));
  // POST /graphql, the hot path, and its CORS preflight go straight to the lean handler;
  // everything else (health, the playground, GraphQL over GET) goes through Express.
  httpServer.on('request', (req, res) => {
    if ((req.method === 'POST' || req.method === 'OPTIONS') && (req.url ?? '').split('?')[0] === '/graphql') graphql(req, res);
    else app(req, res);
  });

  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
    stop: () => apollo.stop(),
  };
}
