import neo4j from 'neo4j-driver';
import { toNeo4jDate } from '../dates';
import type { AlliesPlan, EntityPlan, RelationPlan } from './plan';

/** Cypher for one entity of a plan, bound to a variable. */
export interface CompiledEntity {
  /** Lines that compute every planned relation of the entity. */
  lines: string[];
  /** The entity as a map: its properties, one entry per planned relation, and counts. */
  projection: string;
  /** Variables the lines bind, which a later WITH must carry. */
  bound: string[];
}

/**
 * Prints Cypher for a plan. Names are numbered in the order the plan is walked, so the same
 * selection shape always prints the same text (Neo4j's plan cache is keyed by it); every value a
 * user gave goes into `params`.
 */
export class CypherPrinter {
  readonly params: Record<string, unknown> = {};
  /** Where each relation's answer is in its entity's map: `r3` holds the third relation, `cr3` its count. */
  readonly slots = new Map<RelationPlan | AlliesPlan, string>();
  private count = 0;

  entity(plan: EntityPlan, variable: string, indent = ''): CompiledEntity {
    const lines: string[] = [];
    const bound: string[] = [];
    const entries = plan.props.has('*') ? ['.*', 'searchText: null'] : [...plan.props].map((prop) => `.${prop}`);
    // With one possible label the record's label is known without asking.
    if (plan.labels.length > 1) entries.push(`label: [l IN labels(${variable}) WHERE l <> 'Entity'][0]`);
    for (const relation of plan.relations) {
      const slot = `r${(this.count += 1)}`;
      this.slots.set(relation, slot);
      // Below an interface, a relation of one type is computed only for entities of that type.
      const guard = plan.labels.length > 1 ? `${variable}:${relation.spec.owner}` : null;
      if (relation.withRows) {
        lines.push(...this.relation(relation, variable, slot, guard).map((line) => indent + line));
        bound.push(slot);
        entries.push(`${slot}: ${slot}`);
      }
      if (relation.withCount) {
        const { pattern, where } = this.match(relation, variable, slot, guard, `${slot}x`, `${slot}y`);
        entries.push(`c${slot}: COUNT { MATCH ${pattern}${where} }`);
      }
    }
    for (const allies of plan.allies) {
      const slot = `r${(this.count += 1)}`;
      this.slots.set(allies, slot);
      const guard = plan.labels.length > 1 ? `${variable}:State` : null;
      lines.push(...this.allies(allies, variable, slot, guard).map((line) => indent + line));
      bound.push(slot);
      entries.push(`${slot}: ${slot}`);
    }
    return { lines, projection: `${variable} {${entries.join(', ')}}`, bound };
  }

  /** The question cypher/path/allies.cypher asks for a batch of states, asked of one. */
  private allies(allies: AlliesPlan, state: string, slot: string, guard: string | null): string[] {
    const ally = `${slot}n`;
    const via = this.param(slot, 'via', allies.via);
    const asOf = this.param(slot, 'asOf', toNeo4jDate(allies.asOf));
    const link = 'MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED';
    const [a, b, x] = [`${slot}a`, `${slot}b`, `${slot}x`];
    const inner = this.entity(allies.target, ally, '  ');
    return [
      `CALL (${state}) {`,
      `  MATCH (${state})-[${a}:${link}]->(${x})<-[${b}:${link}]-(${ally}:State)`,
      `  WHERE ${guard ? `${guard} AND ` : ''}${ally} <> ${state} AND type(${a}) = type(${b})`,
      `    AND any(kind IN ${a}.linkKinds WHERE kind IN ${via}) AND any(kind IN ${b}.linkKinds WHERE kind IN ${via})`,
      `    AND ${a}.from <= ${asOf} AND (${a}.until IS NULL OR ${asOf} < ${a}.until)`,
      `    AND ${b}.from <= ${asOf} AND (${b}.until IS NULL OR ${asOf} < ${b}.until)`,
      `    AND (type(${a}) <> 'PARTICIPATED_IN' OR ${a}.side = ${b}.side)`,
      `  WITH DISTINCT ${ally}`,
      ...inner.lines,
      `  WITH ${[ally, ...inner.bound].join(', ')} ORDER BY toLower(${ally}.name)`,
      `  RETURN collect(${inner.projection}) AS ${slot}`,
      '}',
    ];
  }

  private param(slot: string, name: string, value: unknown): string {
    this.params[`${slot}_${name}`] = value;
    return `$${slot}_${name}`;
  }

  /** The pattern and filters of a relation from `parent`, with `rel` and `node` as its variables. */
  private match(relation: RelationPlan, parent: string, slot: string, guard: string | null, rel: string, node: string) {
    const { spec, args } = relation;
    const other = `(${node}:${spec.target ?? 'Entity'})`;
    const pattern =
      spec.direction === 'in' ? `(${parent})<-[${rel}:${spec.type}]-${other}` : `(${parent})-[${rel}:${spec.type}]->${other}`;
    // A filter is printed only when its argument is given: a few texts per selection shape, each
    // planned once, and no `$x IS NULL OR …` for Neo4j to evaluate on every row.
    const conditions = guard ? [guard] : [];
    if (spec.filters.includes('asOf') && args.asOf) {
      const asOf = this.param(slot, 'asOf', toNeo4jDate(args.asOf));
      conditions.push(`${rel}.from <= ${asOf} AND (${rel}.until IS NULL OR ${asOf} < ${rel}.until)`);
    }
    for (const name of ['role', 'side'] as const) {
      if (spec.filters.includes(name) && args[name] !== null)
        conditions.push(`${rel}.${name} = ${this.param(slot, name, args[name])}`);
    }
    return { pattern, where: conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '' };
  }

  private relation(relation: RelationPlan, parent: string, slot: string, guard: string | null): string[] {
    const { spec, args } = relation;
    const node = `${slot}n`;
    const rel = `${slot}e`;
    const { pattern, where } = this.match(relation, parent, slot, guard, rel, node);
    const inner = this.entity(relation.target, node, '  ');
    // A row is only what was asked for: the sort key for cursors, the relationship's properties, the node.
    const rowParts = (key: string | null): string => {
      const parts = key && relation.withCursors ? [`key: ${key}`] : [];
      if (relation.relProps.size > 0) parts.push(`rel: ${rel} {${[...relation.relProps].map((prop) => `.${prop}`).join(', ')}}`);
      parts.push(`node: ${inner.projection}`);
      return `{${parts.join(', ')}}`;
    };
    const lines = [`CALL (${parent}) {`, `  MATCH ${pattern}${where}`];
    let order: string;
    let row: string;
    const carried = [rel, node];
    if (spec.kind === 'page') {
      const key = `${slot}k`;
      const limit = this.param(slot, 'limit', neo4j.int(args.size + 1));
      lines.push(`  WITH ${rel}, ${node}, toLower(${node}.name) AS ${key}`);
      if (args.after) {
        const cursorKey = this.param(slot, 'cursorKey', args.after.key);
        const cursorId = this.param(slot, 'cursorId', args.after.id);
        lines.push(`  WHERE ${key} > ${cursorKey} OR (${key} = ${cursorKey} AND ${rel}.id > ${cursorId})`);
      }
      lines.push(`  WITH ${rel}, ${node}, ${key} ORDER BY ${key}, ${rel}.id LIMIT ${limit}`);
      carried.push(key);
      order = `${key}, ${rel}.id`;
      row = rowParts(key);
    } else {
      order = `coalesce(${rel}.from, ${rel}.date), toLower(${node}.name), ${rel}.id`;
      lines.push(`  WITH ${rel}, ${node} ORDER BY ${order}${spec.kind === 'first' ? ' LIMIT 1' : ''}`);
      row = spec.kind === 'edges' ? rowParts(null) : inner.projection;
    }
    lines.push(...inner.lines);
    if (inner.lines.length > 0) {
      // Subqueries are not promised to keep their input's order: sort again before collecting.
      lines.push(`  WITH ${[...carried, ...inner.bound].join(', ')} ORDER BY ${order}`);
    }
    // Without grouping keys an aggregation answers one row even for no input rows: an empty
    // list, never a lost parent row.
    lines.push(`  RETURN ${spec.kind === 'first' ? `head(collect(${row}))` : `collect(${row})`} AS ${slot}`, '}');
    return lines;
  }
}
