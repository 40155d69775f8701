import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';

/** An ISO calendar date, `YYYY-MM-DD`, with negative (astronomical) years for BCE: `-0480-09-20`. */
export type IsoDate = string;
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

const ISO_DATE = /^(-?)(\d{4,6})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (proleptic Gregorian, years may be negative); undefined when it is not a real date. */
export function parseIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const month = Number(match[3]);
  const day = Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const sign = year < 0 ? '-' : '';
  return `${sign}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const DATE_EXPECTATION = 'an ISO 8601 calendar date YYYY-MM-DD (BCE years negative, e.g. -0480-09-20)';

export function toNeo4jDate(iso: IsoDate): Neo4jDate<number> {
  const parts = parseIsoDate(iso);
  if (!parts) throw new TypeError(`Not ${DATE_EXPECTATION}: "${iso}"`);
  return new neo4j.types.Date(parts.year, parts.month, parts.day);
}

export function fromNeo4jDate(value: unknown): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) {
    const d = value as Neo4jDate;
    return formatIsoDate({
      year: neo4j.integer.toNumber(d.year),
      month: neo4j.integer.toNumber(d.month),
      day: neo4j.integer.toNumber(d.day),
    });
  }
  throw new TypeError(`Expected a Neo4j Date, got ${typeof value}`);
}

export function todayIso(now = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
