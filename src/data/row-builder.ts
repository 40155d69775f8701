import { toNeo4jDate } from '../dates';
import { readCuratedDate } from './dates';
import type { ProblemLog } from './problems';

type Path = (string | number)[];

/**
 * Builds the property map of one node or relationship from a curated row: dates become Neo4j
 * Dates with a precision beside them, and every bad value is logged against its file and path.
 */
export class RowBuilder {
  readonly props: Record<string, unknown> = {};

  constructor(
    private readonly log: ProblemLog,
    readonly file: string,
    readonly path: Path,
  ) {}

  set(key: string, value: unknown): this {
    this.props[key] = value ?? null;
    return this;
  }

  /** Sets `key` and `keyPrecision`; returns the ISO date for ordering checks. */
  date(key: string, value: string | number | null | undefined): string | undefined {
    this.props[key] = null;
    this.props[`${key}Precision`] = null;
    if (value === null || value === undefined || value === '') return undefined;
    const parsed = readCuratedDate(value);
    if (!parsed) {
      this.log.add(this.file, [...this.path, key], `"${value}" is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
      return undefined;
    }
    this.props[key] = toNeo4jDate(parsed.date);
    this.props[`${key}Precision`] = parsed.precision;
    return parsed.date;
  }

  /** `until` must come after `from` (it is exclusive, so equal would be an empty period). */
  period(fromKey: string, from: string | number | null | undefined, untilKey: string, until: string | number | null | undefined): Period {
    const start = this.date(fromKey, from);
    const end = this.date(untilKey, until);
    if (start && end && compareIso(end, start) <= 0) {
      this.log.add(this.file, [...this.path, untilKey], `${untilKey} ${end} is not after ${fromKey} ${start}`);
    }
    return { from: start, until: end };
  }
}

export interface Period {
  from?: string;
  until?: string;
}

/** Compares ISO dates, negative years included. */
export function compareIso(a: string, b: string): number {
  const key = (iso: string): number => {
    const negative = iso.startsWith('-');
    const [year, month, day] = (negative ? iso.slice(1) : iso).split('-').map(Number);
    return ((negative ? -1 : 1) * (year ?? 0) * 10_000 + (month ?? 0) * 100 + (day ?? 0));
  };
  return key(a) - key(b);
}

/** A string that sorts like the date: for keyset pagination by date. */
export function sortableDate(iso: string | undefined): string | null {
  if (!iso) return null;
  const negative = iso.startsWith('-');
  const [year, rest] = [Number(iso.slice(0, negative ? 5 : 4)), iso.slice(negative ? 5 : 4)];
  return `${String(year + 100_000).padStart(6, '0')}${rest}`;
}
