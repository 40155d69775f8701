import neo4j from 'neo4j-driver';
import { toNeo4jDate } from '../dates';
import type { RelationshipType, EntityLabel } from '../shared/labels';
import { toPlain } from '../db/mapping';

/** Properties as Neo4j returns and takes them: dates as Neo4j Dates, the version an Integer. */
export type StoredProps = Record<string, unknown>;

export interface RelationshipSnapshot {
  type: RelationshipType;
  startId: string;
  endId: string;
  properties: StoredProps;
}

/** A record as it was: an entity (with the relationships a deletion took with it), or a relationship. */
export interface EntitySnapshot {
  label: EntityLabel;
  properties: StoredProps;
  relationships?: RelationshipSnapshot[];
}

export type Snapshot = EntitySnapshot | RelationshipSnapshot;

// Every date property the loader writes (a `<key>Precision` sits beside each); JSON keeps them as
// ISO text, so these are the keys turned back into Dates when a snapshot is restored.
const DATE_KEYS = new Set([
  'from',
  'until',
  'founded',
  'dissolved',
  'signed',
  'inForce',
  'terminated',
  'started',
  'ended',
  'date',
]);

/** Snapshots are kept on the audit record as JSON text (Neo4j properties cannot hold maps). */
export function snapshotToJson(snapshot: Snapshot | null): string | null {
  return snapshot === null ? null : JSON.stringify(toPlain(snapshot));
}

export function snapshotFromJson(json: string | null | undefined): Snapshot | null {
  if (!json) return null;
  const plain = JSON.parse(json) as Snapshot;
  const restore = (props: StoredProps): StoredProps =>
    Object.fromEntries(
      Object.entries(props).map(([key, value]) => [
        key,
        DATE_KEYS.has(key) && typeof value === 'string'
          ? toNeo4jDate(value)
          : key === 'version' && typeof value === 'number'
            ? neo4j.int(value)
            : value,
      ]),
    );
  if ('label' in plain) {
    return {
      ...plain,
      properties: restore(plain.properties),
      relationships: plain.relationships?.map((r) => ({ ...r, properties: restore(r.properties) })),
    };
  }
  return { ...plain, properties: restore(plain.properties) };
}

/** What clients see of a snapshot: plain JSON, without the full-text index helper. */
export function publicSnapshot(json: string | null | undefined): unknown {
  if (!json) return null;
  const plain = JSON.parse(json) as { properties?: Record<string, unknown> };
  if (plain.properties) delete plain.properties.searchText;
  return plain;
}

export function versionOf(props: StoredProps | null | undefined): number {
  return (toPlain(props?.version) as number | null) ?? 0;
}

/** Null means absent in Neo4j: without them, a snapshot equals what is stored. */
export const withoutNulls = (props: StoredProps): StoredProps =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
