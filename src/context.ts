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

/**
 * A request's context. Its loaders are made when a resolver first asks for one: a planned read
 * answers from one statement and never does, and a dozen DataLoaders a request are not free.
 */
export function createContext(db: Database, logger: Logger, auth: Authentication, readPlanner = true): Context {
  let entity: EntityLoader | undefined;
  let relations: RelationLoaders | undefined;
  let allies: ReturnType<typeof createAlliesLoader> | undefined;
  return {
    db,
    logger,
    auth,
    readPlanner,
    loaders: {
      get entity() {
        return (entity ??= createEntityLoader(db));
      },
      get relations() {
        return (relations ??= createRelationLoaders(db));
      },
      get allies() {
        return (allies ??= createAlliesLoader(db));
      },
    },
  };
}
