import type { EntityLabel, RelationshipType } from '../shared/labels';

/** A node as it is written: its id and every property (dates already Neo4j Dates). */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A relationship as it is written; `id` makes re-loading idempotent. */
export interface RelationshipRow {
  id: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
  /** Where the row was curated, for problem reports; not written. */
  origin?: { file: string; path: (string | number)[] };
}

export interface Dataset {
  nodes: Record<EntityLabel, NodeRow[]>;
  relationships: Record<RelationshipType, RelationshipRow[]>;
}

export function emptyDataset(): Dataset {
  return {
    nodes: { Source: [], State: [], Alliance: [], Treaty: [], Conflict: [], Operation: [] },
    relationships: {
      MEMBER_OF: [],
      PARTY_TO: [],
      ESTABLISHES: [],
      PLEDGES: [],
      PARTICIPATED_IN: [],
      CONDUCTED: [],
      PART_OF: [],
      AUTHORIZED: [],
      SUCCEEDED_BY: [],
    },
  };
}

export function countRows(dataset: Dataset): { nodes: number; relationships: number } {
  return {
    nodes: Object.values(dataset.nodes).reduce((sum, rows) => sum + rows.length, 0),
    relationships: Object.values(dataset.relationships).reduce((sum, rows) => sum + rows.length, 0),
  };
}

/** The links that hold for a time: each has a start (`from`) that as-of questions compare with the date. */
const TIME_BOUNDED: readonly RelationshipType[] = ['MEMBER_OF', 'PARTY_TO', 'PLEDGES', 'PARTICIPATED_IN', 'CONDUCTED'];

export interface UndatedStarts {
  total: number;
  byType: Partial<Record<RelationshipType, number>>;
  /** Memberships with no start and no end: members today that no as-of question counts. */
  currentMemberships: number;
  /** Where each was curated (file and path), for the curator to date them. */
  places: string[];
}

/** Time-bounded links the data gives no start for: no as-of question counts them, on any date. */
export function undatedStarts(dataset: Dataset): UndatedStarts {
  const found: UndatedStarts = { total: 0, byType: {}, currentMemberships: 0, places: [] };
  for (const type of TIME_BOUNDED) {
    for (const row of dataset.relationships[type]) {
      if (row.props.from != null) continue;
      found.total += 1;
      found.byType[type] = (found.byType[type] ?? 0) + 1;
      if (type === 'MEMBER_OF' && row.props.until == null) found.currentMemberships += 1;
      found.places.push(row.origin ? `${row.origin.file} ${row.origin.path.join('.')}` : `${type} ${row.start} → ${row.end}`);
    }
  }
  return found;
}
