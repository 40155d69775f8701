import { toPlain } from '../db/mapping';
import type { AnyEntity } from '../entity/any';
import { toConnection } from '../shared/paging';
import { encodeCursor, relationScope } from '../shared/cursor';
import type { RelationEdge, RelationshipProps } from '../relation/records';
import { PLANNED } from './planned';
import type { AlliesPlan, EntityPlan, RelationPlan } from './plan';

type Row = Record<string, unknown>;

/**
 * Keeps what is stored, as plain values: an absent property is absent, as in the records the
 * loaders return. The statement's answer comes here straight from the driver, and each level is
 * made plain as it is read, so the tree is walked and copied once rather than twice.
 */
function present(map: Row, skip: ReadonlySet<string> = NOTHING, out: Row = {}): Row {
  for (const key in map) {
    const value = map[key];
    if (value !== null && !skip.has(key)) out[key] = toPlain(value);
  }
  return out;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Turns the planned statement's answer (the driver's values) into the records resolvers know, each
 * carrying the answers of its planned relation fields under their keys.
 */
export function toRecord(map: Row, plan: EntityPlan, slots: Map<RelationPlan | AlliesPlan, string>): AnyEntity {
  const slotNames = slotNamesOf(plan, slots);
  // The defaults first, then what is stored (a label among them when the plan has several), then partial.
  const record = present(map, slotNames, { aliases: [], sourceIds: [], label: plan.labels[0] }) as unknown as AnyEntity;
  record.partial = false;
  // Most entities of a nested read are its leaves: nothing planned below them, nothing to keep.
  if (plan.relations.length === 0 && plan.allies.length === 0) return record;
  const planned = new Map<string, unknown>();
  for (const relation of plan.relations) {
    if (relation.spec.owner !== record.label) continue;
    const slot = slots.get(relation) as string;
    const counts = { total: Number(map[`c${slot}`] ?? 0), undated: Number(map[`u${slot}`] ?? 0) };
    planned.set(relation.key, answerOf(record, relation, map[slot], counts, slots));
  }
  if (record.label === 'State') {
    for (const allies of plan.allies) {
      const rows = map[slots.get(allies) as string] as Row[];
      planned.set(
        allies.key,
        rows.map((row) => toRecord(row, allies.target, slots)),
      );
    }
  }
  Object.defineProperty(record, PLANNED, { value: planned });
  return record;
}

/**
 * The keys of an entity's map that hold relations rather than properties: the same for every
 * entity a plan reads in one statement, so worked out once per plan and statement.
 */
const slotNamesByStatement = new WeakMap<Map<RelationPlan | AlliesPlan, string>, Map<EntityPlan, Set<string>>>();

function slotNamesOf(plan: EntityPlan, slots: Map<RelationPlan | AlliesPlan, string>): Set<string> {
  let byPlan = slotNamesByStatement.get(slots);
  if (!byPlan) slotNamesByStatement.set(slots, (byPlan = new Map()));
  const known = byPlan.get(plan);
  if (known) return known;
  const slotNames = new Set<string>();
  for (const relation of plan.relations) {
    const slot = slots.get(relation) as string;
    slotNames.add(slot).add(`c${slot}`).add(`u${slot}`);
  }
  for (const allies of plan.allies) slotNames.add(slots.get(allies) as string);
  byPlan.set(plan, slotNames);
  return slotNames;
}

function answerOf(
  parent: AnyEntity,
  relation: RelationPlan,
  value: unknown,
  counts: { total: number; undated: number },
  slots: Map<RelationPlan | AlliesPlan, string>,
) {
  const { spec, target } = relation;
  if (spec.kind === 'first') return value === null ? null : toRecord(value as Row, target, slots);
  if (spec.kind === 'nodes') return (value as Row[]).map((row) => toRecord(row, target, slots));
  const scope = relationScope(spec.type, spec.direction);
  // A connection asked only for its count has no rows fetched.
  const edges = ((value as Row[] | undefined) ?? []).map((row): RelationEdge => {
    const rel = present((row.rel as Row | undefined) ?? {}) as unknown as RelationshipProps;
    const key = toPlain(row.key);
    return {
      // Only made when a cursor or the page info is asked for; nothing reads it otherwise.
      cursor: relation.withCursors ? encodeCursor(scope, { key: typeof key === 'string' ? key : '', id: rel.id }) : '',
      parentId: parent.id,
      direction: spec.direction,
      node: toRecord(row.node as Row, target, slots),
      rel,
    };
  });
  if (spec.kind === 'edges') return edges;
  const connection = toConnection(edges, relation.args.size, counts.total, {
    backward: false,
    hadCursor: relation.args.after !== null,
  });
  return { ...connection, undatedCount: counts.undated };
}
