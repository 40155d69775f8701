import { getNamedType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { Context } from '../context';
import { toPlain } from '../db/mapping';
import type { AnyEntity } from '../entity/any';
import { LIST_STATEMENT, listQuery, toListConnection, type ListArgs } from '../entity/list';
import type { EntityLabel } from '../entity/records';
import { SEARCH_STATEMENT, searchParams } from '../entity/search';
import type { Connection } from '../graphql/paging';
import { CypherPrinter } from './compile';
import { labelsOf, planEntity, type SelectionContext } from './plan';
import { toRecord } from './shape';

type Row = Record<string, unknown>;

const selectionOf = (info: GraphQLResolveInfo): SelectionContext => ({
  schema: info.schema,
  fragments: info.fragments,
  variables: info.variableValues,
});

const indent = (lines: string[]): string[] => lines.map((line) => `  ${line}`);

/** The field nodes of `name` below `nodes` (of type `typeName`), through fragments and directives. */
function subfields(info: GraphQLResolveInfo, typeName: string, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  const byKey = collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
  return [...byKey.values()].flat().filter((node) => node.name.value === name);
}

/** `state(id:)`, `alliance(id:)`… and `node(id:)`: one statement for the entity and every planned relation below it. */
export async function readLookup(ctx: Context, info: GraphQLResolveInfo, id: string, label: EntityLabel | null) {
  const labels = label ? [label] : labelsOf(selectionOf(info), getNamedType(info.returnType));
  const plan = planEntity(selectionOf(info), labels, info.fieldNodes);
  const printer = new CypherPrinter();
  const entity = printer.entity(plan, 'n0');
  const text = [
    `MATCH (n0:Entity {id: $id})${label ? ` WHERE n0:${label}` : ''}`,
    ...entity.lines,
    `RETURN ${entity.projection} AS entity`,
  ].join('\n');
  const result = await ctx.db.read({ name: `read/${info.fieldName}`, text }, { ...printer.params, id });
  const row = result.records[0];
  return row ? toRecord(toPlain(row.get('entity')) as Row, plan, printer.slots) : null;
}

/** `states`, `alliances`…: the list statement for the page, then every planned relation of its rows. */
export async function readList<R extends AnyEntity>(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: EntityLabel,
  args: ListArgs,
): Promise<Connection<{ cursor: string; node: R }>> {
  const query = listQuery(label, args);
  const connectionType = getNamedType(info.returnType).name;
  const edges = subfields(info, connectionType, info.fieldNodes, 'edges');
  const nodes = subfields(info, `${label}Edge`, edges, 'node');
  const plan = planEntity(selectionOf(info), [label], nodes);
  const printer = new CypherPrinter();
  const entity = printer.entity(plan, 'n0', '  ');
  const text = [
    'CALL () {',
    ...indent(LIST_STATEMENT.text.split('\n')),
    '}',
    'CALL (page) {',
    '  UNWIND range(0, size(page) - 1) AS i',
    '  WITH i, page[i] AS row',
    '  MATCH (n0:Entity {id: row.id})',
    ...entity.lines,
    `  WITH ${['i', 'row', 'n0', ...entity.bound].join(', ')} ORDER BY i`,
    `  RETURN collect({key: row.key, id: row.id, node: ${entity.projection}}) AS rows`,
    '}',
    'RETURN totalCount, rows',
  ].join('\n');
  const result = await ctx.db.read({ name: `read/${info.fieldName}`, text }, { ...printer.params, ...query.params });
  const record = result.records[0];
  const rows = ((record ? toPlain(record.get('rows')) : []) as Row[]).map((row) => ({
    key: row.key as string,
    id: row.id as string,
    node: toRecord(row.node as Row, plan, printer.slots) as R,
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
): Promise<{ score: number; entity: AnyEntity }[]> {
  const params = searchParams(text, labels, first);
  const selection = selectionOf(info);
  const plan = planEntity(
    selection,
    labelsOf(selection, info.schema.getType('Entity') as GraphQLObjectType),
    subfields(info, 'SearchHit', info.fieldNodes, 'entity'),
  );
  const printer = new CypherPrinter();
  const entity = printer.entity(plan, 'n0');
  const statement = [
    'CALL () {',
    ...indent(SEARCH_STATEMENT.text.split('\n')),
    '}',
    'MATCH (n0:Entity {id: entity.id})',
    ...entity.lines,
    `WITH ${['score', 'n0', ...entity.bound].join(', ')} ORDER BY score DESC, n0.id`,
    `RETURN score, ${entity.projection} AS entity`,
  ].join('\n');
  const result = await ctx.db.read({ name: `read/${info.fieldName}`, text: statement }, { ...printer.params, ...params });
  return result.records.map((record) => ({
    score: Number(record.get('score')),
    entity: toRecord(toPlain(record.get('entity')) as Row, plan, printer.slots),
  }));
}
