import { fromNeo4jDate } from '../dates';
import type { EntityLabel } from '../shared/labels';
import type { Dataset, RelationshipRow } from './dataset';
import type { ProblemLog } from './problems';
import { compareIso } from './row-builder';

/** An id named somewhere in the data, and the kinds of entity it may name there. */
export interface Reference {
  file: string;
  path: (string | number)[];
  id: string;
  expect: EntityLabel[];
}

export function checkReferences(references: Reference[], labelOf: Map<string, EntityLabel>, log: ProblemLog): void {
  for (const reference of references) {
    const label = labelOf.get(reference.id);
    const wanted = reference.expect.join(' or ');
    if (!label) log.add(reference.file, reference.path, `unknown ${wanted.toLowerCase()} id "${reference.id}"`);
    else if (!reference.expect.includes(label)) log.add(reference.file, reference.path, `"${reference.id}" is a ${label}, expected a ${wanted}`);
  }
}

/** A participant's `coalition` names an alliance of kind WARTIME_COALITION, not any alliance. */
export function checkCoalitions(references: Reference[], dataset: Dataset, log: ProblemLog): void {
  const kinds = new Map(dataset.nodes.Alliance.map((alliance) => [alliance.id, alliance.props.kind]));
  for (const reference of references) {
    const kind = kinds.get(reference.id);
    if (kind !== undefined && kind !== 'WARTIME_COALITION') {
      log.add(reference.file, reference.path, `"${reference.id}" is a ${String(kind)}, expected an alliance of kind WARTIME_COALITION`);
    }
  }
}

/**
 * The same state cannot be in the same alliance (or party to the same treaty, or on the same side
 * of a conflict) twice at once: two periods of one pair must not overlap. Ids must be unique.
 */
export function checkOverlaps(dataset: Dataset, log: ProblemLog): void {
  const groups: [RelationshipRow[], (row: RelationshipRow) => string, string][] = [
    [dataset.relationships.MEMBER_OF, (r) => `${r.start}→${r.end}`, 'membership'],
    [dataset.relationships.PARTY_TO, (r) => `${r.start}→${r.end}`, 'treaty party'],
    [dataset.relationships.PARTICIPATED_IN, (r) => `${r.start}→${r.end}:${String(r.props.side)}`, 'participation'],
    [dataset.relationships.CONDUCTED, (r) => `${r.start}→${r.end}`, 'operation role'],
  ];
  for (const [rows, keyOf, what] of groups) {
    const byKey = new Map<string, RelationshipRow[]>();
    for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
    for (const periods of byKey.values()) {
      const sorted = [...periods].sort((a, b) => compareOptional(isoOf(a.props.from), isoOf(b.props.from)));
      for (let i = 1; i < sorted.length; i += 1) {
        const previous = sorted[i - 1] as RelationshipRow;
        const current = sorted[i] as RelationshipRow;
        const previousEnd = isoOf(previous.props.until);
        const currentStart = isoOf(current.props.from);
        if (!previousEnd || !currentStart || compareIso(currentStart, previousEnd) < 0) {
          log.add(current.origin?.file ?? '?', current.origin?.path ?? [], `${what} period ${currentStart ?? '(no start)'}–${isoOf(current.props.until) ?? ''} of ${current.start} and ${current.end} overlaps the one from ${isoOf(previous.props.from) ?? '(no start)'} until ${previousEnd ?? '(open)'}`);
        }
      }
    }
  }
  for (const rows of Object.values(dataset.relationships)) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) log.add(row.origin?.file ?? '?', row.origin?.path ?? [], `the same relationship is listed twice (${row.id})`);
      seen.add(row.id);
    }
  }
}

const isoOf = (value: unknown): string | undefined => (value ? (fromNeo4jDate(value) ?? undefined) : undefined);

/** An unknown start sorts first: it may have begun at any time. */
const compareOptional = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : !a ? -1 : !b ? 1 : compareIso(a, b));

/**
 * A state takes part in nothing before it exists or after it ends. A date known only to the year
 * (or month) is given the benefit of the doubt: it may lie anywhere in that year (or month).
 */
export function checkLifetimes(dataset: Dataset, log: ProblemLog): void {
  const lifetimes = new Map<string, { from?: string; until?: string }>();
  for (const state of dataset.nodes.State) {
    lifetimes.set(state.id, {
      from: isoOf(state.props.from),
      until: latestEnd(isoOf(state.props.until), state.props.untilPrecision as string | null),
    });
  }
  const rows = [...dataset.relationships.MEMBER_OF, ...dataset.relationships.PARTY_TO, ...dataset.relationships.PARTICIPATED_IN];
  for (const row of rows) {
    const life = lifetimes.get(row.start);
    if (!life) continue;
    const from = isoOf(row.props.from);
    const until = isoOf(row.props.until);
    const where = [row.origin?.file ?? '?', row.origin?.path ?? []] as const;
    if (life.until && (!until || compareIso(until, life.until) > 0)) {
      log.add(...where, `${row.start} ended by ${life.until}, but this period runs ${until ? `until ${until}` : 'on with no end'}`);
    }
    if (life.from && from && compareIso(from, life.from) < 0) {
      log.add(...where, `${row.start} came into being on ${life.from}, but this period starts ${from}`);
    }
  }
}

function latestEnd(iso: string | undefined, precision: string | null): string | undefined {
  if (!iso || precision === 'DAY' || !precision) return iso;
  const [sign, rest] = iso.startsWith('-') ? ['-', iso.slice(1)] : ['', iso];
  const [year, month] = rest.split('-').map(Number) as [number, number];
  if (precision === 'YEAR') return `${sign}${String(year + (sign ? -1 : 1)).padStart(4, '0')}-01-01`;
  const nextYear = String(year + (sign ? -1 : 1)).padStart(4, '0');
  return month === 12 ? `${sign}${nextYear}-01-01` : `${sign}${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}
