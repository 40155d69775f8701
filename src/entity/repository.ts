import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { toPlainObject } from '../db/mapping';
import type { AnyEntity } from './any';

const BY_IDS = cypher('entity/by-ids');

/** Node properties as stored (searchText is an index helper, not part of the record). */
export function toEntityRecord(value: unknown): AnyEntity {
  const { searchText: _searchText, ...rest } = toPlainObject(value);
  return { aliases: [], sourceIds: [], ...rest } as unknown as AnyEntity;
}

export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, AnyEntity>> {
  const result = await db.read(BY_IDS, { ids });
  const byId = new Map<string, AnyEntity>();
  for (const record of result.records) {
    const entity = toEntityRecord(record.get('entity'));
    byId.set(entity.id, entity);
  }
  return byId;
}
