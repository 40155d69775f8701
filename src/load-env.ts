/**
 * Imported first by every entry point (the server and the CLIs), before anything reads the
 * environment: graphql-js reads NODE_ENV once, when it loads.
 */
import { loadEnvFile } from './env-file';

loadEnvFile();
