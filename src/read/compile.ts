import neo4j from 'neo4j-driver';
import { toNeo4jDate } from '../dates';
import type { AlliesPlan, EntityPlan, RelationPlan } from './plan';

/** Equality filters of relation fields, and the relationship property each compares. */
const FILTERED_PROPS = [
  ['role', 'role'],
  ['founding', 'founding'],
  ['side', 'side'],
  ['seat', 'seat'],
  ['coalition', 'coalitionId'],
] as const;

/** A subquery expression's body, indented one step inside its braces. */
function subquery(keyword: 'COLLECT', body: string[]): string {
  return [`${keyword} {`, ...body.flatMap((line) => line.split('\n')).map((line) => `  ${line}`), '}'].join('\n');
}

/**
 * Prints Cypher for a plan. Every relation is a COLLECT subquery inside its parent's map
 * projection, so a nested read is one expression per entity and no row is sorted twice: each
 * subquery orders and cuts its own rows just before it returns them, and COLLECT keeps the rows
 * in the order they are returned. Names are numbered in the order the plan is walked, so the
 * same selection shape always prints the same text (Neo4j's plan cache is keyed by it); every
 * value a user gave goes into `params`.
 */
export class CypherPrinter {
  readonly params: Record<string, unknown> = {};
  /** Where each relation's answer is in its entity's map: `r3` holds the third relation, `cr3` its count. */
  readonly slots = new Map<RelationPlan | AlliesPlan, string>();
  private count = 0;

  /** The entity bound to `variable` as a map: its properties, one entry per planned relation, and counts. */
  entity(plan: EntityPlan, variable: string): string {
    const entries = plan.props.has('*') ? ['.*', 'searchText: null'] : [...plan.props].map((prop) => `.${prop}`);
    // With one possible label the record's label is known without asking.
    if (plan.labels.length > 1) entries.push(`label: [l IN labels(${variable}) WHERE l <> 'Entity'][0]`);
    for (const relation of plan.relations) {
      const slot = `r${(this.count += 1)}`;
      this.slots.set(relation, slot);
      // Below an interface, a relation of one type is computed only for entities of that type.
      const guard = plan.labels.length > 1 ? `${variable}:${relation.spec.owner}` : null;
      if (relation.withRows) entries.push(`${slot}: ${this.relation(relation, variable, slot, guard)}`);
      if (relation.withCount) {
        const { pattern, where } = this.match(relation, variable, slot, guard, `${slot}x`, `${slot}y`);
        entries.push(`c${slot}: COUNT { MATCH ${pattern}${where} }`);
      }
      if (relation.withUndated) {
        const { pattern, where } = this.match(relation, variable, slot, guard, `${slot}x`, `${slot}y`, 'undated');
        entries.push(`u${slot}: COUNT { MATCH ${pattern}${where} }`);
      }
    }
    for (const allies of plan.allies) {
      const slot = `r${(this.count += 1)}`;
      this.slots.set(allies, slot);
      const guard = plan.labels.length > 1 ? `${variable}:State` : null;
      entries.push(`${slot}: ${this.allies(allies, variable, slot, guard)}`);
    }
    return `${variable} {${entries.join(', ')}}`;
  }

  /** The question cypher/path/allies.cypher asks for a batch of states, asked of one. */
  private allies(allies: AlliesPlan, state: string, slot: string, guard: string | null): string {
    const ally = `${slot}n`;
    const via = this.param(slot, 'via', allies.via);
    const asOf = this.param(slot, 'asOf', toNeo4jDate(allies.asOf));
    const link = 'MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED';
    const [a, b, x] = [`${slot}a`, `${slot}b`, `${slot}x`];
    return subquery('COLLECT', [
      `MATCH (${state})-[${a}:${link}]->(${x})<-[${b}:${link}]-(${ally}:State)`,
      `WHERE ${guard ? `${guard} AND ` : ''}${ally} <> ${state} AND type(${a}) = type(${b})`,
      `  AND any(kind IN ${a}.linkKinds WHERE kind IN ${via}) AND any(kind IN ${b}.linkKinds WHERE kind IN ${via})`,
      `  AND ${a}.from <= ${asOf} AND (${a}.until IS NULL OR ${asOf} < ${a}.until)`,
      `  AND ${b}.from <= ${asOf} AND (${b}.until IS NULL OR ${asOf} < ${b}.until)`,
      `  AND (type(${a}) <> 'PARTICIPATED_IN' OR ${a}.side = ${b}.side)`,
      `WITH DISTINCT ${ally}`,
      `WITH ${ally} ORDER BY toLower(${ally}.name)`,
      `RETURN ${this.entity(allies.target, ally)}`,
    ]);
  }

  private param(slot: string, name: string, value: unknown): string {
    this.params[`${slot}_${name}`] = value;
    return `$${slot}_${name}`;
  }

  /**
   * The pattern and filters of a relation from `parent`, with `rel` and `node` as its variables.
   * `undated` asks instead for the rows an as-of question leaves out because their start is
   * unknown (and that have not ended by then).
   */
  private match(
    relation: RelationPlan,
    parent: string,
    slot: string,
    guard: string | null,
    rel: string,
    node: string,
    dates: 'asOf' | 'undated' = 'asOf',
  ) {
    const { spec, args } = relation;
    const other = `(${node}:${spec.target ?? 'Entity'})`;
    const pattern =
      spec.direction === 'in' ? `(${parent})<-[${rel}:${spec.type}]-${other}` : `(${parent})-[${rel}:${spec.type}]->${other}`;
    // A filter is printed only when its argument is given: a few texts per selection shape, each
    // planned once, and no `$x IS NULL OR …` for Neo4j to evaluate on every row.
    const conditions = guard ? [guard] : [];
    if (spec.filters.includes('asOf') && args.asOf) {
      const asOf = this.param(slot, 'asOf', toNeo4jDate(args.asOf));
      conditions.push(
        dates === 'undated'
          ? `${rel}.from IS NULL AND (${rel}.until IS NULL OR ${asOf} < ${rel}.until)`
          : `${rel}.from <= ${asOf} AND (${rel}.until IS NULL OR ${asOf} < ${rel}.until)`,
      );
    }
    for (const [name, prop] of FILTERED_PROPS) {
      if (spec.filters.includes(name) && args[name] !== null)
        conditions.push(`${rel}.${prop} = ${this.param(slot, name, args[name])}`);
    }
    return { pattern, where: conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '' };
  }

  /** One relation field of `parent`: its rows in today's order, cut to the page, as one COLLECT. */
  private relation(relation: RelationPlan, parent: string, slot: string, guard: string | null): string {
    const { spec, args } = relation;
    const node = `${slot}n`;
    const rel = `${slot}e`;
    const { pattern, where } = this.match(relation, parent, slot, guard, rel, node);
    // A row is only what was asked for: the sort key for cursors, the relationship's properties, the node.
    const rowOf = (key: string | null): string => {
      const parts = key && relation.withCursors ? [`key: ${key}`] : [];
      if (relation.relProps.size > 0) parts.push(`rel: ${rel} {${[...relation.relProps].map((prop) => `.${prop}`).join(', ')}}`);
      parts.push(`node: ${this.entity(relation.target, node)}`);
      return `{${parts.join(', ')}}`;
    };
    if (spec.kind === 'page') {
      // The key is written out where it is used rather than bound by a WITH of its own: Neo4j
      // plans the bound form several times slower (the 4-level bench read: about 4× in a driver loop).
      const key = `toLower(${node}.name)`;
      const limit = this.param(slot, 'limit', neo4j.int(args.size + 1));
      let after = '';
      if (args.after) {
        const cursorKey = this.param(slot, 'cursorKey', args.after.key);
        const cursorId = this.param(slot, 'cursorId', args.after.id);
        after = `${where ? ' AND' : ' WHERE'} (${key} > ${cursorKey} OR (${key} = ${cursorKey} AND ${rel}.id > ${cursorId}))`;
      }
      return subquery('COLLECT', [
        `MATCH ${pattern}${where}${after}`,
        `WITH ${rel}, ${node} ORDER BY ${key}, ${rel}.id LIMIT ${limit}`,
        `RETURN ${rowOf(key)}`,
      ]);
    }
    const order = `coalesce(${rel}.from, ${rel}.date), toLower(${node}.name), ${rel}.id`;
    const rows = subquery('COLLECT', [
      `MATCH ${pattern}${where}`,
      `WITH ${rel}, ${node} ORDER BY ${order}${spec.kind === 'first' ? ' LIMIT 1' : ''}`,
      `RETURN ${spec.kind === 'edges' ? rowOf(null) : this.entity(relation.target, node)}`,
    ]);
    return spec.kind === 'first' ? `head(${rows})` : rows;
  }
}
