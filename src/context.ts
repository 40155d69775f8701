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
  /** Whether root fields compile their selection into one statement (READ_PLANNER). */
  readPlanner: boolean;
  loaders: {
    entity: EntityLoader;
    relations: RelationLoaders;
    allies: ReturnType<typeof createAlliesLoader>;
  };
}

export function createContext(db: Database, logger: Logger, auth: Authentication, readPlanner = true): Context {
  return {
    db,
    logger,
    auth,
    readPlanner,
    loaders: { entity: createEntityLoader(db), relations: createRelationLoaders(db), allies: createAlliesLoader(db) },
  };
}
