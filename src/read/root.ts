import { getNamedType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { Context } from '../context';
import { toPlain } from '../db/mapping';
import { todayIso } from '../dates';
import type { AnyEntity } from '../entity/any';
import { listQuery, listStatementOf, toListConnection, type ListArgs } from '../entity/list';
import type { EntityLabel } from '../shared/labels';
import { SEARCH_STATEMENT, searchParams } from '../entity/search';
import type { Connection } from '../shared/paging';
import { VariablesMemo } from '../graphql/variables-memo';
import { listStatement, lookupStatement, searchStatement, type PlannedStatement } from './statements';
import { labelsOf, planEntity, type EntityPlan, type SelectionContext } from './plan';
import { toRecord } from './shape';

type Row = Record<string, unknown>;

const selectionOf = (info: GraphQLResolveInfo): SelectionContext => ({
  schema: info.schema,
  fragments: info.fragments,
  variables: info.variableValues,
});

/** The field nodes of `name` below `nodes` (of type `typeName`), through fragments and directives. */
function subfields(info: GraphQLResolveInfo, typeName: string, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  const byKey = collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
  return [...byKey.values()].flat().filter((node) => node.name.value === name);
}

interface Planned {
  plan: EntityPlan;
  statement: PlannedStatement;
}

/**
 * Each root field's plan and statement, kept by its field node, the request's variables and the
 * day (`allies` without a date asks about today), which are all a selection's meaning depends on:
 * a front end asking the same thing again skips the walk and the printing
 * (graphql/variables-memo.ts).
 */
const plans = new VariablesMemo<FieldNode, Planned>();
const plannedFor = (info: GraphQLResolveInfo, make: () => Planned): Planned =>
  plans.of(info.fieldNodes[0] as FieldNode, [todayIso(), info.variableValues], make);

/** `state(id:)`, `alliance(id:)`… and `node(id:)`: one statement for the entity and every planned relation below it. */
export async function readLookup(ctx: Context, info: GraphQLResolveInfo, id: string, label: EntityLabel | null) {
  const { plan, statement } = plannedFor(info, () => {
    const selection = selectionOf(info);
    const labels = label ? [label] : labelsOf(selection, getNamedType(info.returnType));
    const plan = planEntity(selection, labels, info.fieldNodes);
    return { plan, statement: lookupStatement(plan, label) };
  });
  const result = await ctx.db.read({ name: `read/${info.fieldName}`, text: statement.text }, { ...statement.params, id });
  const row = result.records[0];
  return row ? toRecord(row.get('entity') as Row, plan, statement.slots) : null;
}

/** `states`, `alliances`…: the list statement for the page, then every planned relation of its rows. */
export async function readList<R extends AnyEntity>(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: EntityLabel,
  args: ListArgs,
): Promise<Connection<{ cursor: string; node: R }>> {
  const query = listQuery(label, args);
  const { plan, statement } = plannedFor(info, () => {
    const edges = subfields(info, getNamedType(info.returnType).name, info.fieldNodes, 'edges');
    const plan = planEntity(selectionOf(info), [label], subfields(info, `${label}Edge`, edges, 'node'));
    return { plan, statement: listStatement(plan, listStatementOf(label, query).text) };
  });
  const result = await ctx.db.read(
    { name: `read/${info.fieldName}`, text: statement.text },
    { ...statement.params, ...query.params },
  );
  const record = result.records[0];
  const rows = ((record ? record.get('rows') : []) as Row[]).map((row) => ({
    key: toPlain(row.key) as string,
    id: row.id as string,
    node: toRecord(row.node as Row, plan, statement.slots) as R,
  }));
  return toListConnection(query, rows, Number(record?.get('totalCount') ?? 0));
}

/** `search`: the full-text query for the hits, then every planned relation of each hit's entity. */
export async function readSearch(
  ctx: Context,
  info: GraphQLResolveInfo,
  text: string,
  labels: EntityLabel[] | null,
  first: number | null | undefined,
): Promise<{ score: number; exact: boolean; entity: AnyEntity }[]> {
  const params = searchParams(text, labels, first);
  const { plan, statement } = plannedFor(info, () => {
    const selection = selectionOf(info);
    const entityType = info.schema.getType('Entity') as GraphQLObjectType;
    const plan = planEntity(selection, labelsOf(selection, entityType), subfields(info, 'SearchHit', info.fieldNodes, 'entity'));
    return { plan, statement: searchStatement(plan, SEARCH_STATEMENT.text) };
  });
  const result = await ctx.db.read({ name: `read/${info.fieldName}`, text: statement.text }, { ...statement.params, ...params });
  return result.records.map((record) => ({
    score: Number(record.get('score')),
    exact: record.get('exact') === true,
    entity: toRecord(record.get('entity') as Row, plan, statement.slots),
  }));
}
