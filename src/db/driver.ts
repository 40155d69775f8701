import neo4j, { type Driver } from 'neo4j-driver';
import { disableNagleOnOutgoingSockets } from './no-delay';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  poolSize: number;
  maxRetryTimeMs: number;
}

export function createDriver(o: DriverOptions): Driver {
  disableNagleOnOutgoingSockets();
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    maxConnectionPoolSize: o.poolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // The driver retries transient errors (memory pool exhaustion among them) for 30 s by default:
    // a hostile query would run about five times. Bound the retries to a few seconds.
    maxTransactionRetryTime: o.maxRetryTimeMs,
    disableLosslessIntegers: false,
    userAgent: 'entente/0.1',
  });
}
