import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import type { AnyEntity } from './any';
import type { EntityLabel } from '../shared/labels';
import { findEntitiesByIds } from './repository';

export type EntityLoader = DataLoader<string, AnyEntity | null>;

export function createEntityLoader(db: Database): EntityLoader {
  return new DataLoader(async (ids) => {
    const byId = await findEntitiesByIds(db, ids);
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** An entity of one label, or null when the id is unknown or names another kind of entity. */
export async function loadAs<R extends AnyEntity>(loader: EntityLoader, id: string, label: EntityLabel): Promise<R | null> {
  const entity = await loader.load(id);
  return entity && entity.label === label ? (entity as R) : null;
}

export async function loadMany<R extends AnyEntity>(loader: EntityLoader, ids: readonly string[]): Promise<R[]> {
  const loaded = await loader.loadMany(ids);
  return loaded.filter((e): e is R => e !== null && !(e instanceof Error));
}
