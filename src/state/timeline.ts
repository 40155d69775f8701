import { membershipTimeline } from '../alliance/timeline';
import type { DatePrecision, IsoDate } from '../dates';
import { compareIso } from '../data/row-builder';
import type { RelationEdge } from '../relation/records';

export interface StateTimelineEventRecord {
  date: IsoDate;
  datePrecision: DatePrecision | null;
  kind: 'JOINED' | 'LEFT' | 'ROLE_CHANGED' | 'SIGNED' | 'BOUND' | 'RELEASED';
  stateId: string;
  subjectId: string;
  role: string | null;
  sourceIds: string[];
}

/** A state's life in alliances and treaties: joins, departures, signatures, entries into force, withdrawals. */
export function stateTimeline(stateId: string, memberships: RelationEdge[], parties: RelationEdge[]): StateTimelineEventRecord[] {
  const membershipEvents = membershipTimeline(memberships).map((e) => ({
    date: e.date,
    datePrecision: e.datePrecision,
    kind: e.kind,
    stateId,
    subjectId: e.allianceId,
    role: e.role,
    sourceIds: e.sourceIds,
  }));
  const treatyEvents: StateTimelineEventRecord[] = parties.flatMap(({ rel, node }) => {
    const base = { stateId, subjectId: node.id, role: null, sourceIds: rel.sourceIds };
    const events: StateTimelineEventRecord[] = [];
    if (rel.signed) events.push({ ...base, date: rel.signed, datePrecision: rel.signedPrecision ?? null, kind: 'SIGNED' });
    if (rel.from) events.push({ ...base, date: rel.from, datePrecision: rel.fromPrecision ?? null, kind: 'BOUND' });
    if (rel.until) events.push({ ...base, date: rel.until, datePrecision: rel.untilPrecision ?? null, kind: 'RELEASED' });
    return events;
  });
  return [...membershipEvents, ...treatyEvents].sort(
    (a, b) => compareIso(a.date, b.date) || a.subjectId.localeCompare(b.subjectId),
  );
}
