import { cypher } from '../../db/cypher';
import type { Database } from '../../db/database';
import { toPlainObject } from '../../db/mapping';
import { ENTITY_LABELS, type EntityLabel, RELATIONSHIP_TYPES, type RelationshipType } from '../../shared/labels';

const ENTITIES = cypher('export/entities');
const RELATIONSHIPS = cypher('export/relationships');
// The whole graph in one read each: far longer than an API query may take.
const READ_TIMEOUT_MS = 120_000;

/** Properties as plain values: dates are ISO strings, integers numbers. */
export type Props = Record<string, unknown>;

export interface GraphEntity {
  id: string;
  /** Every entity kind label the node has: exactly one when the graph is sound. */
  kinds: EntityLabel[];
  props: Props;
}

export interface GraphLink {
  type: RelationshipType;
  start: string;
  startKinds: EntityLabel[];
  end: string;
  endKinds: EntityLabel[];
  props: Props;
}

export interface Graph {
  entities: GraphEntity[];
  links: GraphLink[];
}

/**
 * Reads every entity and every relationship the curated files can hold. Neo4j reads are read
 * committed, not snapshots: an edit between the two reads can leave a relationship whose entity
 * was not read, which the export reports rather than writing half a fact.
 */
export async function readGraph(db: Database): Promise<Graph> {
  const entityResult = await db.read(ENTITIES, { labels: ENTITY_LABELS }, READ_TIMEOUT_MS);
  const linkResult = await db.read(RELATIONSHIPS, { types: RELATIONSHIP_TYPES, labels: ENTITY_LABELS }, READ_TIMEOUT_MS);
  return {
    entities: entityResult.records.map((r) => ({
      id: r.get('id') as string,
      kinds: r.get('kinds') as EntityLabel[],
      props: toPlainObject(r.get('props')),
    })),
    links: linkResult.records.map((r) => ({
      type: r.get('type') as RelationshipType,
      start: r.get('start') as string,
      startKinds: r.get('startKinds') as EntityLabel[],
      end: r.get('end') as string,
      endKinds: r.get('endKinds') as EntityLabel[],
      props: toPlainObject(r.get('props')),
    })),
  };
}
