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
