import { closest } from '../shared/closest';
import type { EntityLabel } from '../shared/labels';
import { compareIso } from '../data/row-builder';
import type { IsoDate } from '../dates';

/** What an entity is known by, and when it existed (ISO dates, null where unknown). */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: string[];
  label: EntityLabel;
  iso2: string | null;
  iso3: string | null;
  isoNumeric: number | null;
  cowCode: number | null;
  gwCode: number | null;
  from: IsoDate | null;
  until: IsoDate | null;
}

export type MatchKind = 'ID' | 'NAME' | 'ALIAS' | 'ISO2' | 'ISO3' | 'ISO_NUMERIC' | 'COW_CODE' | 'GW_CODE';

export interface ResolutionRecord {
  input: string;
  status: 'MATCHED' | 'AMBIGUOUS' | 'NOT_FOUND';
  entityId: string | null;
  matchedBy: MatchKind | null;
  /** Ambiguous: every match; not found: the closest names. */
  candidateIds: string[];
}

/** How many near names a NOT_FOUND answer offers. */
const NEAR_NAMES = 3;

/** Folds case and accents, so that "cote d'ivoire" is "Côte d'Ivoire" and "turkiye" "Türkiye". */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Codes are compared as written ("GB", "826"): numbers as their decimal text. */
function keysOf(entity: NamedEntity): [string, MatchKind][] {
  const keys: [string, MatchKind][] = [
    [fold(entity.id), 'ID'],
    [fold(entity.name), 'NAME'],
    ...entity.aliases.map((alias): [string, MatchKind] => [fold(alias), 'ALIAS']),
  ];
  if (entity.iso2) keys.push([fold(entity.iso2), 'ISO2']);
  if (entity.iso3) keys.push([fold(entity.iso3), 'ISO3']);
  // Written with its leading zeros ("040" for Austria), as ISO does, or without.
  if (entity.isoNumeric !== null) {
    keys.push([String(entity.isoNumeric).padStart(3, '0'), 'ISO_NUMERIC'], [String(entity.isoNumeric), 'ISO_NUMERIC']);
  }
  if (entity.cowCode !== null) keys.push([String(entity.cowCode), 'COW_CODE']);
  if (entity.gwCode !== null) keys.push([String(entity.gwCode), 'GW_CODE']);
  return keys;
}

/** Whether the entity existed on the day: `known` needs its start, else an unknown start may be before. */
const existsOn = (entity: NamedEntity, day: IsoDate, known: boolean): boolean =>
  (entity.from === null ? !known : compareIso(entity.from, day) <= 0) &&
  (entity.until === null || compareIso(day, entity.until) < 0);

/**
 * Resolves names and codes to entities, the way an analyst's spreadsheet names them: ids, names,
 * aliases and former names, ISO 3166 alpha-2 and alpha-3, Correlates of War and Gleditsch–Ward
 * numbers, in any case and with or without accents. A name several entities share over time
 * (COW 365: the Russian Empire, the USSR, Russia) is settled by `asOf`: the one known to exist then.
 */
export class NameIndex {
  private readonly byKey = new Map<string, { entity: NamedEntity; kind: MatchKind }[]>();

  /** Every entity with all its names, for the near misses of a name that matches nothing. */
  private readonly candidates: (NamedEntity & { names: string[] })[];

  constructor(entities: NamedEntity[]) {
    this.candidates = entities.map((entity) => ({ ...entity, names: [entity.name, ...entity.aliases] }));
    for (const entity of entities) {
      for (const [key, kind] of keysOf(entity)) {
        const hits = this.byKey.get(key) ?? [];
        // One entry per entity: the first way it matches (id before name before alias before codes).
        if (!hits.some((hit) => hit.entity.id === entity.id)) hits.push({ entity, kind });
        this.byKey.set(key, hits);
      }
    }
  }

  resolve(input: string, asOf: IsoDate | null): ResolutionRecord {
    const hits = this.byKey.get(fold(input)) ?? [];
    if (hits.length === 0) {
      const near = closest(input, this.candidates, NEAR_NAMES);
      return { input, status: 'NOT_FOUND', entityId: null, matchedBy: null, candidateIds: near.map((e) => e.id) };
    }
    // On a date: the one known to exist then, else the one that may have (a state of unknown start
    // that has not ended: Russia against the Russian Empire in 2000, beside the ended USSR).
    const known = asOf ? hits.filter((hit) => existsOn(hit.entity, asOf, true)) : [];
    const possible = asOf && known.length === 0 ? hits.filter((hit) => existsOn(hit.entity, asOf, false)) : [];
    const chosen = hits.length === 1 ? hits : known.length === 1 ? known : possible.length === 1 ? possible : [];
    if (chosen.length === 1) {
      const [{ entity, kind }] = chosen as [{ entity: NamedEntity; kind: MatchKind }];
      return { input, status: 'MATCHED', entityId: entity.id, matchedBy: kind, candidateIds: [] };
    }
    return { input, status: 'AMBIGUOUS', entityId: null, matchedBy: null, candidateIds: hits.map((hit) => hit.entity.id) };
  }
}
