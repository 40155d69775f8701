/**
 * Imported first by bench/run.ts, before anything that loads graphql: graphql-js reads NODE_ENV
 * once, when it is loaded, to choose its `instanceOf`. In production that is a plain `instanceof`;
 * otherwise every check that fails (isObjectType(x) on a scalar type, for one, asked all through
 * execution) also compares class names to catch a second copy of graphql, which costs on every
 * request. A server runs with NODE_ENV=production; so do both GraphQL sides of the bench, Entente
 * and the peer, which share this process and so this one loaded copy of graphql.
 */
process.env.NODE_ENV = 'production';
