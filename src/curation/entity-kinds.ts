import { obligationProps } from '../data/obligation-props';
import type { RowBuilder } from '../data/row-builder';
import type { EntityLabel } from '../shared/labels';
import type { InputProblems } from './problems';
import { cleanText, LIMITS } from './text';

/** An id the input names, the field that names it, and what it must be. */
export interface Reference {
  field: string;
  id: string;
  expect: EntityLabel[];
}

export interface ObligationInput {
  type: string;
  conditional?: boolean | null;
  note?: string | null;
}

/** How one kind of entity turns a curator's input into the properties the loader would write. */
export interface EntityKind<I> {
  label: EntityLabel;
  /** Input fields a new entity must have. */
  required: (keyof I & string)[];
  /** Sets the fields the input gives (dates through the loader's RowBuilder); returns ids to check. */
  apply(input: I, row: RowBuilder, problems: InputProblems): Reference[];
  /** The dates that must be in order, as [start, end] (the end is exclusive). */
  period: [string, string] | null;
  /** The date lists sort by (the loader's sortDate). */
  primaryDate: string | null;
}

type Dates<K extends string> = { [key in K]?: string | null };

const setDates = (row: RowBuilder, input: Record<string, unknown>, keys: string[]): void => {
  for (const key of keys) if (input[key] !== undefined) row.date(key, input[key] as string | null);
};

export function setObligationsFrom(
  row: RowBuilder,
  problems: InputProblems,
  obligations: ObligationInput[] | null | undefined,
): void {
  if (obligations === undefined) return;
  const list = obligations ?? [];
  if (list.length > LIMITS.obligations) problems.add('input.obligations', `must have at most ${LIMITS.obligations} entries`);
  const rows = list.map((o, i) => {
    const note = cleanText(problems, `input.obligations[${i}].note`, o.note, LIMITS.notes, true);
    return { type: o.type, conditional: o.conditional ?? false, ...(note ? { note } : {}) };
  });
  for (const [key, value] of Object.entries(obligationProps(rows))) row.set(key, value);
}

function setText(
  row: RowBuilder,
  problems: InputProblems,
  key: string,
  value: string | null | undefined,
  max: number,
  multiLine = false,
): void {
  const text = cleanText(problems, `input.${key}`, value, max, multiLine);
  if (text !== undefined) row.set(key, text);
}

export type StateInput = Dates<'from' | 'until'> & {
  iso2?: string | null;
  iso3?: string | null;
  isoNumeric?: number | null;
  cowCode?: number | null;
  gwCode?: number | null;
  region?: string | null;
  unStatus?: string | null;
  name?: string | null;
};

export const STATE: EntityKind<StateInput> = {
  label: 'State',
  required: ['name'],
  period: ['from', 'until'],
  primaryDate: 'from',
  apply(input, row, problems) {
    for (const [key, length] of [
      ['iso2', 2],
      ['iso3', 3],
    ] as const) {
      const code = input[key];
      if (code === undefined) continue;
      if (code !== null && !new RegExp(`^[A-Z]{${length}}$`).test(code))
        problems.add(`input.${key}`, `must be ${length} capital letters (ISO 3166-1), got "${code}"`);
      else row.set(key, code);
    }
    if (input.isoNumeric !== undefined) {
      const code = input.isoNumeric;
      if (code !== null && (code < 1 || code > 999))
        problems.add('input.isoNumeric', `must be an ISO 3166-1 numeric code from 1 to 999, got ${code}`);
      else row.set('isoNumeric', code);
    }
    for (const key of ['cowCode', 'gwCode'] as const) {
      const code = input[key];
      if (code === undefined) continue;
      if (code !== null && (code < 1 || code > 9999))
        problems.add(`input.${key}`, `must be a state number from 1 to 9999, got ${code}`);
      else row.set(key, code);
    }
    if (input.region !== undefined) row.set('region', input.region);
    if (input.unStatus !== undefined) row.set('unStatus', input.unStatus);
    setDates(row, input, ['from', 'until']);
    return [];
  },
};

export type AllianceInput = Dates<'founded' | 'dissolved'> & {
  id: string;
  name?: string | null;
  kind?: string | null;
  obligations?: ObligationInput[] | null;
  parentId?: string | null;
};

export const ALLIANCE: EntityKind<AllianceInput> = {
  label: 'Alliance',
  required: ['name', 'kind'],
  period: ['founded', 'dissolved'],
  primaryDate: 'founded',
  apply(input, row, problems) {
    if (input.kind !== undefined && input.kind !== null) row.set('kind', input.kind);
    setObligationsFrom(row, problems, input.obligations);
    setDates(row, input, ['founded', 'dissolved']);
    if (input.parentId === undefined) return [];
    if (input.parentId === input.id) problems.add('input.parentId', 'an alliance cannot be its own parent');
    row.set('parentId', input.parentId);
    return input.parentId === null ? [] : [{ field: 'input.parentId', id: input.parentId, expect: ['Alliance'] }];
  },
};

export type TreatyInput = Dates<'signed' | 'inForce' | 'terminated'> & {
  name?: string | null;
  kind?: string | null;
  obligations?: ObligationInput[] | null;
};

export const TREATY: EntityKind<TreatyInput> = {
  label: 'Treaty',
  required: ['name', 'kind'],
  period: ['inForce', 'terminated'],
  primaryDate: 'signed',
  apply(input, row, problems) {
    if (input.kind !== undefined && input.kind !== null) row.set('kind', input.kind);
    setObligationsFrom(row, problems, input.obligations);
    setDates(row, input, ['signed', 'inForce', 'terminated']);
    return [];
  },
};

export type ConflictInput = Dates<'started' | 'ended'> & { name?: string | null; kind?: string | null };

export const CONFLICT: EntityKind<ConflictInput> = {
  label: 'Conflict',
  required: ['name', 'kind'],
  period: ['started', 'ended'],
  primaryDate: 'started',
  apply(input, row) {
    if (input.kind !== undefined && input.kind !== null) row.set('kind', input.kind);
    setDates(row, input, ['started', 'ended']);
    return [];
  },
};

export type OperationInput = Dates<'started' | 'ended'> & { name?: string | null; kind?: string | null };

export const OPERATION: EntityKind<OperationInput> = {
  label: 'Operation',
  required: ['name'],
  period: ['started', 'ended'],
  primaryDate: 'started',
  apply(input, row, problems) {
    setText(row, problems, 'kind', input.kind, LIMITS.kind);
    setDates(row, input, ['started', 'ended']);
    return [];
  },
};

export interface SourceInput {
  title?: string | null;
  author?: string | null;
  publisher?: string | null;
  year?: number | null;
  url?: string | null;
  note?: string | null;
}

export const SOURCE: EntityKind<SourceInput> = {
  label: 'Source',
  required: ['title'],
  period: null,
  primaryDate: null,
  apply(input, row, problems) {
    setText(row, problems, 'title', input.title, LIMITS.name);
    // A source is listed by its title, as the loader lists it.
    if (input.title !== undefined && row.props.title !== undefined) row.set('name', row.props.title);
    setText(row, problems, 'author', input.author, LIMITS.name);
    setText(row, problems, 'publisher', input.publisher, LIMITS.name);
    setText(row, problems, 'note', input.note, LIMITS.notes, true);
    if (input.year !== undefined) {
      if (input.year !== null && (input.year < -5000 || input.year > 2200))
        problems.add('input.year', `must be a year from -5000 to 2200, got ${input.year}`);
      else row.set('year', input.year);
    }
    if (input.url !== undefined) {
      const url = cleanText(problems, 'input.url', input.url, LIMITS.url);
      if (url && !isWebAddress(url)) problems.add('input.url', `must be an http or https address, got "${url}"`);
      else if (url !== undefined) row.set('url', url);
    }
    return [];
  },
};

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
