import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { toNeo4jDate, type IsoDate } from '../dates';
import { toEntityRecord } from '../entity/repository';
import { groupedLoader } from '../relation/grouped-loader';
import type { StateRecord } from '../state/records';
import type { LinkKind } from './limits';

const ALLIES = cypher('path/allies');

/** Allies of many states in one query: State.allies under a list, and both sides of commonAllies. */
export function createAlliesLoader(db: Database) {
  return groupedLoader<{ asOf: IsoDate; via: LinkKind[] }, StateRecord[]>(
    async (ids, p) => {
      const result = await db.read(ALLIES, { ids, asOf: toNeo4jDate(p.asOf), via: p.via });
      return new Map(
        result.records.map((r) => [
          r.get('parentId') as string,
          (r.get('allies') as unknown[]).map((a) => toEntityRecord(a) as StateRecord),
        ]),
      );
    },
    () => [],
  );
}
