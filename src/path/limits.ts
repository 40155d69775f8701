import { todayIso, type IsoDate } from '../dates';
import { badUserInput } from '../shared/error-codes';

export type LinkKind =
  'MILITARY_ALLIANCE' | 'DEFENSE_TREATY' | 'ORGANIZATION' | 'TREATY' | 'CONFLICT' | 'OPERATION' | 'SUCCESSION';
export const DEFAULT_LINKS: LinkKind[] = ['MILITARY_ALLIANCE', 'DEFENSE_TREATY'];

/** Documented bounds: every path query has a finite search, whatever the client asks. */
export const PATH_LIMITS = {
  shortestHops: { min: 1, max: 8, fallback: 8 },
  enumerationHops: { min: 1, max: 4, fallback: 4 },
  enumerationFirst: { min: 1, max: 100, fallback: 10 },
  neighbourhoodHops: { min: 1, max: 3, fallback: 2 },
  neighbourhoodFirst: { min: 1, max: 500, fallback: 100 },
  entanglementHops: { min: 1, max: 8, fallback: 4 },
  entanglementFirst: { min: 1, max: 100, fallback: 100 },
  escalationRounds: { min: 1, max: 5, fallback: 3 },
} as const;

export function bounded(
  value: number | null | undefined,
  argument: string,
  range: { min: number; max: number; fallback: number },
): number {
  if (value === null || value === undefined) return range.fallback;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badUserInput(`${argument} must be between ${range.min} and ${range.max}, got ${value}`, argument);
  }
  return value;
}

/** Path and commitment questions are about a date: today unless one is given. */
export const dateOrToday = (asOf: IsoDate | null | undefined): IsoDate => asOf ?? todayIso();

export function linkKinds(via: LinkKind[] | null | undefined): LinkKind[] {
  if (via && via.length === 0) throw badUserInput('via must name at least one kind of link', 'via');
  return via ?? DEFAULT_LINKS;
}
