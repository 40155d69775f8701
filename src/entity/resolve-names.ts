import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { toPlain } from '../db/mapping';
import type { IsoDate } from '../dates';
import type { EntityLabel } from '../shared/labels';
import { badUserInput } from '../shared/error-codes';
import { NameIndex, type NamedEntity, type ResolutionRecord } from './name-index';

const NAMES_OF_KINDS = cypher('entity/names-of-kinds');

/** Documented bounds: one spreadsheet column per call. */
export const RESOLVE_LIMITS = { names: 500, nameLength: 200 } as const;

/** Every entity of the kinds asked for, with its names, codes and lifetime. */
export async function namedEntities(db: Database, labels: readonly EntityLabel[]): Promise<NamedEntity[]> {
  const result = await db.read(NAMES_OF_KINDS, { labels: [...labels] });
  return result.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
    label: r.get('label') as EntityLabel,
    iso2: (r.get('iso2') as string | null) ?? null,
    iso3: (r.get('iso3') as string | null) ?? null,
    isoNumeric: toPlain(r.get('isoNumeric')) as number | null,
    cowCode: toPlain(r.get('cowCode')) as number | null,
    gwCode: toPlain(r.get('gwCode')) as number | null,
    from: toPlain(r.get('from')) as IsoDate | null,
    until: toPlain(r.get('until')) as IsoDate | null,
  }));
}

/** Resolves each name or code to one entity, in input order, in one round trip. */
export async function resolveNames(
  db: Database,
  names: string[],
  labels: readonly EntityLabel[],
  asOf: IsoDate | null,
): Promise<ResolutionRecord[]> {
  if (names.length > RESOLVE_LIMITS.names) {
    throw badUserInput(`names must hold at most ${RESOLVE_LIMITS.names} names, got ${names.length}`, 'names');
  }
  const long = names.findIndex((name) => name.length > RESOLVE_LIMITS.nameLength);
  if (long >= 0) throw badUserInput(`names[${long}] must be at most ${RESOLVE_LIMITS.nameLength} characters`, 'names');
  const index = new NameIndex(await namedEntities(db, labels));
  return names.map((name) => index.resolve(name, asOf));
}
