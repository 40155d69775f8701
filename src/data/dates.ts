import { parseIsoDate, type DatePrecision, type IsoDate } from '../dates';

export interface CuratedDate {
  /** The first day of the period the text names: 1882 → 1882-01-01, 1882-05 → 1882-05-01. */
  date: IsoDate;
  precision: DatePrecision;
}

/**
 * Reads a date as curators write it: YYYY-MM-DD, YYYY-MM or YYYY (YAML may hand over a bare year
 * as a number); BCE years are negative. Undefined when it is not a real date.
 */
export function readCuratedDate(value: string | number): CuratedDate | undefined {
  const text = typeof value === 'number' ? formatYear(value) : value.trim();
  if (!text) return undefined;
  const match = /^(-?\d{4,6})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'DAY' : month ? 'MONTH' : 'YEAR';
  const iso = `${year}-${month ?? '01'}-${day ?? '01'}`;
  return parseIsoDate(iso) ? { date: iso, precision } : undefined;
}

function formatYear(year: number): string {
  if (!Number.isInteger(year)) return String(year);
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

/**
 * A date known only to its year, as curators write it: a bare number of four digits (1914, 0800,
 * -0480). It is a class, not a number, so that the export can tell it from other numbers and
 * keep the four digits that YAML would otherwise drop.
 */
export class CuratedYear {
  constructor(readonly year: number) {}

  toString(): string {
    return formatYear(this.year);
  }
}

/**
 * The inverse of readCuratedDate: a stored date written back at its precision (1882-01-01 known
 * to the YEAR is 1882, to the MONTH 1882-01). A date without a precision is taken as exact.
 */
export function writeCuratedDate(iso: IsoDate, precision: DatePrecision | null | undefined): string | CuratedYear {
  const negative = iso.startsWith('-');
  const [year = '', month = ''] = (negative ? iso.slice(1) : iso).split('-');
  if (precision === 'YEAR') return new CuratedYear(Number(year) * (negative ? -1 : 1));
  if (precision === 'MONTH') return `${negative ? '-' : ''}${year}-${month}`;
  return iso;
}
