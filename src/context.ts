import type { Logger } from 'pino';
import type { Authentication } from './auth';
import type { Database } from './db/database';
import { createEntityLoader, type EntityLoader } from './entity/loader';
import { createAlliesLoader } from './path/allies-loader';
import { createRelationLoaders, type RelationLoaders } from './relation/loaders';

/** Per request: loaders cache and batch within one request only, so no stale data crosses requests. */
export interface Context {
  db: Database;
  logger: Logger;
  /** Who sent the request; mutations check the role they need against it. */
  auth: Authentication;
  loaders: {
    entity: EntityLoader;
    relations: RelationLoaders;
    allies: ReturnType<typeof createAlliesLoader>;
  };
}

export function createContext(db: Database, logger: Logger, auth: Authentication): Context {
  return {
    db,
    logger,
    auth,
    loaders: { entity: createEntityLoader(db), relations: createRelationLoaders(db), allies: createAlliesLoader(db) },
  };
}
