import type { DatePrecision, IsoDate } from '../dates';
import { compareIso } from '../data/row-builder';
import type { RelationEdge } from '../relation/records';

export interface MembershipEventRecord {
  date: IsoDate;
  datePrecision: DatePrecision | null;
  kind: 'JOINED' | 'LEFT' | 'ROLE_CHANGED';
  stateId: string;
  allianceId: string;
  role: string;
  seat: string | null;
  sourceIds: string[];
}

/**
 * Turns membership periods into events: a period's start is a JOINED (or ROLE_CHANGED when the same
 * state's previous period ended that day), its end a LEFT (unless another period starts that day).
 * Periods with no start date give no JOINED event; they are listed by members(). The edges may be
 * seen from the alliance (MEMBER_OF coming in) or from the state (going out).
 */
export function membershipTimeline(edges: RelationEdge[]): MembershipEventRecord[] {
  const events: MembershipEventRecord[] = [];
  const byPair = new Map<string, RelationEdge[]>();
  for (const edge of edges) byPair.set(edge.node.id, [...(byPair.get(edge.node.id) ?? []), edge]);
  for (const periods of byPair.values()) {
    const starts = new Set(periods.map((p) => p.rel.from).filter(Boolean));
    const ends = new Set(periods.map((p) => p.rel.until).filter(Boolean));
    for (const { rel, parentId, node, direction } of periods) {
      const [stateId, allianceId] = direction === 'in' ? [node.id, parentId] : [parentId, node.id];
      const base = { stateId, allianceId, role: rel.role ?? 'MEMBER', seat: rel.seat ?? null, sourceIds: rel.sourceIds };
      if (rel.from)
        events.push({
          ...base,
          date: rel.from,
          datePrecision: rel.fromPrecision ?? null,
          kind: ends.has(rel.from) ? 'ROLE_CHANGED' : 'JOINED',
        });
      if (rel.until && !starts.has(rel.until))
        events.push({ ...base, date: rel.until, datePrecision: rel.untilPrecision ?? null, kind: 'LEFT' });
    }
  }
  return events.sort(
    (a, b) => compareIso(a.date, b.date) || a.stateId.localeCompare(b.stateId) || a.allianceId.localeCompare(b.allianceId),
  );
}
