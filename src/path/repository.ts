import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { toPlain, toPlainObject } from '../db/mapping';
import { toNeo4jDate, type IsoDate } from '../dates';
import type { AnyEntity } from '../entity/any';
import { toEntityRecord } from '../entity/repository';
import type { RelationshipProps } from '../relation/records';
import type { LinkKind } from './limits';
import type { ObligationType } from '../shared/obligations';
import type { CommitmentRecord, DefenderRecord, PathRecord, SegmentRecord, SubgraphRecord } from './records';

const SHORTEST = cypher('path/shortest');
const ENUMERATE = cypher('path/enumerate');
const NEIGHBOURHOOD = cypher('path/neighbourhood');
const COMMITMENTS = cypher('path/commitments');
const ENTANGLEMENT = cypher('path/entanglement');

interface PathRow {
  nodes: unknown[];
  segments: { type: string; start: string; end: string; rel: unknown }[];
}

function toPath(row: PathRow): PathRecord {
  const nodes = row.nodes.map(toEntityRecord);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const segments: SegmentRecord[] = row.segments.map((s) => ({
    type: s.type,
    start: byId.get(s.start) as AnyEntity,
    end: byId.get(s.end) as AnyEntity,
    rel: toPlainObject(s.rel) as unknown as RelationshipProps,
  }));
  return { nodes, segments };
}

const paths = (records: { get(key: string): unknown }[]): PathRecord[] =>
  records.map((record) =>
    toPath({ nodes: record.get('nodes') as unknown[], segments: record.get('segments') as PathRow['segments'] }),
  );

export interface PathQuery {
  from: string;
  to: string;
  asOf: IsoDate;
  via: LinkKind[];
  maxHops: number;
}

export async function shortestPath(db: Database, q: PathQuery): Promise<PathRecord | null> {
  const result = await db.read(SHORTEST, { ...q, asOf: toNeo4jDate(q.asOf), maxHops: neo4j.int(q.maxHops) });
  return paths(result.records)[0] ?? null;
}

export async function enumeratePaths(db: Database, q: PathQuery & { first: number }): Promise<PathRecord[]> {
  const result = await db.read(ENUMERATE, {
    ...q,
    asOf: toNeo4jDate(q.asOf),
    maxHops: neo4j.int(q.maxHops),
    first: neo4j.int(q.first),
  });
  return paths(result.records);
}

/** The union of one shortest path to each node reached; `first` nodes at most, beside the start. */
export async function neighbourhood(
  db: Database,
  q: { id: string; hops: number; asOf: IsoDate; via: LinkKind[]; first: number },
): Promise<SubgraphRecord> {
  const result = await db.read(NEIGHBOURHOOD, {
    ...q,
    asOf: toNeo4jDate(q.asOf),
    hops: neo4j.int(q.hops),
    limit: neo4j.int(q.first + 1),
  });
  const found = paths(result.records);
  const truncated = found.length > q.first;
  const nodes = new Map<string, AnyEntity>();
  const segments = new Map<string, SegmentRecord>();
  for (const path of found.slice(0, q.first)) {
    for (const node of path.nodes) nodes.set(node.id, node);
    for (const segment of path.segments) segments.set(segment.rel.id, segment);
  }
  return { nodes: [...nodes.values()], segments: [...segments.values()], truncated };
}

/**
 * The states obliged to defend `of`, once each in the statement's order (by name): a state bound
 * through NATO and again through the North Atlantic Treaty is one defender with two routes.
 */
export async function defenders(db: Database, of: string, asOf: IsoDate): Promise<DefenderRecord[]> {
  return groupByState((await commitments(db, [of], 'DEFENSE', asOf)).get(of) ?? []);
}

/** Commitments of one route each, grouped by the state bound: unconditional routes first. */
export function groupByState(routes: CommitmentRecord[]): DefenderRecord[] {
  const byState = new Map<string, DefenderRecord>();
  for (const route of routes) {
    const defender = byState.get(route.state.id) ?? { state: route.state, conditional: true, routes: [] };
    defender.routes.push(route);
    defender.conditional &&= route.conditional;
    byState.set(route.state.id, defender);
  }
  for (const defender of byState.values()) defender.routes.sort((a, b) => Number(a.conditional) - Number(b.conditional));
  return [...byState.values()];
}

/** For each state in `ids`, every state bound towards it by an obligation of `type` on `asOf`, one row per route. */
export async function commitments(
  db: Database,
  ids: string[],
  type: ObligationType,
  asOf: IsoDate,
): Promise<Map<string, CommitmentRecord[]>> {
  const result = await db.read(COMMITMENTS, { ids, type, asOf: toNeo4jDate(asOf) });
  const byTarget = new Map<string, CommitmentRecord[]>();
  for (const record of result.records) {
    const of = record.get('of') as string;
    byTarget.set(of, [
      ...(byTarget.get(of) ?? []),
      {
        state: toEntityRecord(record.get('state')),
        via: toEntityRecord(record.get('via')),
        obligation: type,
        conditional: Boolean(record.get('conditional')),
        from: toPlain(record.get('from')) as string | null,
        until: toPlain(record.get('until')) as string | null,
        sourceIds: [...new Set(record.get('sourceIds') as string[])],
      },
    ]);
  }
  return byTarget;
}

export async function entanglement(
  db: Database,
  q: { conflict: string; asOf: IsoDate; maxHops: number; first: number },
): Promise<PathRecord[]> {
  const result = await db.read(ENTANGLEMENT, {
    ...q,
    asOf: toNeo4jDate(q.asOf),
    maxHops: neo4j.int(q.maxHops),
    first: neo4j.int(q.first),
  });
  return paths(result.records);
}
