import type { Logger } from 'pino';
import type { Database } from './db/database';
import { createEntityLoader, type EntityLoader } from './entity/loader';
import { createAlliesLoader } from './path/allies-loader';
import { createRelationLoaders, type RelationLoaders } from './relation/loaders';

/** Per request: loaders cache and batch within one request only, so no stale data crosses requests. */
export interface Context {
  db: Database;
  logger: Logger;
  loaders: {
    entity: EntityLoader;
    relations: RelationLoaders;
    allies: ReturnType<typeof createAlliesLoader>;
  };
}

export function createContext(db: Database, logger: Logger): Context {
  return {
    db,
    logger,
    loaders: { entity: createEntityLoader(db), relations: createRelationLoaders(db), allies: createAlliesLoader(db) },
  };
}
