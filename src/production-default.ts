/**
 * `npm start` runs the service as deployed unless NODE_ENV says otherwise. This module is imported
 * first: graphql-js reads NODE_ENV once, when it loads, to choose between its fast `instanceof`
 * and a development check that costs every field of every response; setting it later is too late.
 */
process.env.NODE_ENV ??= 'production';

export {};
