import type { Logger } from 'pino';
import type { Database } from './db/database';
import { createEntityLoader, type EntityLoader } from './entity/loader';

/** Per request: loaders cache and batch within one request only, so no stale data crosses requests. */
export interface Context {
  db: Database;
  logger: Logger;
  loaders: {
    entity: EntityLoader;
  };
}

export function createContext(db: Database, logger: Logger): Context {
  return { db, logger, loaders: { entity: createEntityLoader(db) } };
}
