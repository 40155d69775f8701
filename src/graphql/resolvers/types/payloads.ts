import type { Context } from '../../../context';
import type { ChangeRecord } from '../../../curation/audit';
import type { CurationResult } from '../../../curation/run';
import type { AnyEntity } from '../../../entity/any';
import { toEntityRecord } from '../../../entity/repository';
import type { RelationEdge, RelationshipProps } from '../../../relation/records';
import { encodeCursor, relationScope } from '../../../shared/cursor';

interface PlainSnapshot {
  label?: string;
  type?: string;
  startId?: string;
  endId?: string;
  properties: Record<string, unknown>;
}

export interface EntityPayload {
  change: ChangeRecord;
  replayed: boolean;
  entity: AnyEntity | null;
}

export interface EdgePayload {
  change: ChangeRecord;
  replayed: boolean;
  edge: RelationEdge | null;
}

const afterOf = (change: ChangeRecord): PlainSnapshot | null =>
  change.after ? (JSON.parse(change.after) as PlainSnapshot) : null;

/**
 * The entity as the change left it (from its audit record), so that a replayed idempotency key
 * returns exactly the first result; fields that reach further (memberships, …) load live.
 */
export function entityPayload({ change, replayed }: CurationResult): EntityPayload {
  const after = afterOf(change);
  return { change, replayed, entity: after ? toEntityRecord({ ...after.properties, label: after.label }) : null };
}

/** A relationship as the change left it, seen from its start (the state or actor), as the lists show it. */
export async function edgePayload(ctx: Context, { change, replayed }: CurationResult): Promise<EdgePayload> {
  const after = afterOf(change);
  const node = after?.endId ? await ctx.loaders.entity.load(after.endId) : null;
  if (!after || !node) return { change, replayed, edge: null };
  const rel = after.properties as unknown as RelationshipProps;
  const edge: RelationEdge = {
    // Seen from its start, as the start's list (State.memberships, State.treaties) shows it.
    cursor: encodeCursor(relationScope(after.type as string, 'out'), { key: node.name.toLowerCase(), id: rel.id }),
    parentId: after.startId as string,
    direction: 'out',
    node,
    rel,
  };
  return { change, replayed, edge };
}
