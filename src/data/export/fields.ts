import type { DatePrecision } from '../../dates';
import { writeCuratedDate, type CuratedYear } from '../dates';
import { REGIONS } from '../file-schemas';
import type { Props } from './graph';

/** A row of a curated file, its keys in the order data/README.md shows them. */
export type Row = Record<string, unknown>;

/** A stored date (`key`, with `keyPrecision` beside it) as the curator wrote it. */
export function curatedDate(props: Props, key: string): string | CuratedYear | undefined {
  const iso = props[key];
  return typeof iso === 'string' ? writeCuratedDate(iso, props[`${key}Precision`] as DatePrecision | null) : undefined;
}

/** The loader upper-cases regions for queries; the files spell them as data/README.md does. */
export function fileRegion(stored: unknown): unknown {
  if (typeof stored !== 'string') return undefined;
  // An unknown region is kept as stored: the loader will name it, rather than the export hide it.
  return REGIONS.find((region) => region.toUpperCase() === stored) ?? stored;
}

/** Obligations and claims are stored as the JSON of the rows the file held: they go back as they are. */
export function jsonRows(props: Props, key: string): Row[] | undefined {
  const json = props[key];
  return typeof json === 'string' ? (JSON.parse(json) as Row[]) : undefined;
}

/** Leaves a list out when it is empty: the loader reads a missing list as an empty one. */
export function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/**
 * Drops unset fields, so that the file says only what is known (the loader reads a missing field
 * as null). Only null and undefined: an empty list or text is a value and is kept.
 */
export function compact(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined));
}
