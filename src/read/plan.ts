import {
  getNamedType,
  isAbstractType,
  isLeafType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { ENTITY_LABELS, type EntityLabel } from '../shared/labels';
import { relationOf, type RelationSpec } from '../shared/relations';
import type { IsoDate } from '../dates';
import { dateOrToday, linkKinds, type LinkKind } from '../path/limits';
import { readPageArgs, type PageArgs } from './page-args';

/** `allies` arguments as its resolver reads them; null where the resolver would refuse them. */
function readAlliesArgs(args: Record<string, unknown>): { asOf: IsoDate; via: LinkKind[] } | null {
  try {
    return { asOf: dateOrToday(args.asOf as IsoDate | null), via: linkKinds(args.via as LinkKind[] | null) };
  } catch {
    return null;
  }
}

/** What one position of the selection needs from an entity: its properties and its relations. */
export interface EntityPlan {
  /** The labels an entity here may have (one, or several below an interface or union). */
  labels: EntityLabel[];
  /** Stored properties to return; '*' for all of them. `id` is always there. */
  props: Set<string>;
  relations: RelationPlan[];
  /** `State.allies`: states linked on a date through one alliance, treaty, conflict or operation. */
  allies: AlliesPlan[];
}

export interface AlliesPlan {
  key: string;
  asOf: IsoDate;
  via: LinkKind[];
  target: EntityPlan;
}

export interface RelationPlan {
  spec: RelationSpec;
  /** The field and its arguments: resolvers find the planned answer under this key. */
  key: string;
  args: PageArgs;
  /** Relationship properties to return (`id` when cursors are asked for). */
  relProps: Set<string>;
  withCount: boolean;
  /** Whether undatedCount is asked for with an asOf: only then are undated rows counted. */
  withUndated: boolean;
  /** Whether an edge's cursor or the page info is asked for: only then are sort keys returned. */
  withCursors: boolean;
  /** False for a connection asked only for its totalCount: no row needs fetching. */
  withRows: boolean;
  target: EntityPlan;
}

/** The request-wide inputs that decide what a selection means. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The planned answer of `field(args)`: the same key whether written by the planner or looked up by a resolver. */
export const plannedKey = (field: string, args: unknown): string => `${field}${JSON.stringify(args)}`;

/** Fields whose stored properties are not named after them; other object fields need only the id. */
const STORED_AS: Record<string, string[]> = {
  obligations: ['obligationsJson'],
  claims: ['claimsJson'],
  sources: ['sourceIds'],
  parent: ['parentId'],
};

const ENTITY_TYPES = new Set<string>(ENTITY_LABELS);

/** The labels of the entities a field's type may hold, narrowed to `only` when the relation says so. */
export function labelsOf(ctx: SelectionContext, type: GraphQLNamedType, only: EntityLabel | null = null): EntityLabel[] {
  const types = isAbstractType(type) ? ctx.schema.getPossibleTypes(type).map((t) => t.name) : [type.name];
  return types.filter((name): name is EntityLabel => ENTITY_TYPES.has(name) && (only === null || name === only));
}

/** The plan of the entities described by `fieldNodes` (every field selecting them, merged). */
export function planEntity(ctx: SelectionContext, labels: EntityLabel[], fieldNodes: readonly FieldNode[]): EntityPlan {
  const plan: EntityPlan = { labels, props: new Set(['id']), relations: [], allies: [] };
  for (const label of labels) {
    const type = ctx.schema.getType(label) as GraphQLObjectType;
    const byKey = new Map<string, { spec: RelationSpec; args: PageArgs; nodes: FieldNode[] }>();
    const alliesByKey = new Map<string, { asOf: IsoDate; via: LinkKind[]; nodes: FieldNode[] }>();
    for (const nodes of collectSubfields(ctx.schema, ctx.fragments, ctx.variables, type, fieldNodes).values()) {
      const node = nodes[0] as FieldNode;
      const name = node.name.value;
      const field = type.getFields()[name];
      if (!field) continue; // __typename
      const spec = relationOf(label, name);
      if (spec) {
        const args = getArgumentValues(field, node, ctx.variables);
        const pageArgs = readPageArgs(spec, args);
        // A bad argument is left to the field's own resolver, which fails at the field's path.
        if (!pageArgs) continue;
        const key = plannedKey(name, args);
        const group = byKey.get(key) ?? { spec, args: pageArgs, nodes: [] };
        group.nodes.push(...nodes);
        byKey.set(key, group);
      } else if (label === 'State' && name === 'allies') {
        const args = getArgumentValues(field, node, ctx.variables);
        const read = readAlliesArgs(args);
        if (!read) continue;
        const key = plannedKey(name, args);
        const group = alliesByKey.get(key) ?? { ...read, nodes: [] };
        group.nodes.push(...nodes);
        alliesByKey.set(key, group);
      } else if (label === 'Source' && name === 'sources') {
        plan.props.add('*'); // a source is its own source: the field answers the whole record
      } else if (STORED_AS[name]) {
        for (const prop of STORED_AS[name] ?? []) plan.props.add(prop);
      } else if (isLeafType(getNamedType(field.type)) || name === 'aliases') {
        plan.props.add(name);
      }
    }
    for (const [key, { spec, args, nodes }] of byKey) plan.relations.push(planRelation(ctx, spec, key, args, nodes));
    for (const [key, { asOf, via, nodes }] of alliesByKey)
      plan.allies.push({ key, asOf, via, target: planEntity(ctx, ['State'], nodes) });
  }
  return plan;
}

function planRelation(
  ctx: SelectionContext,
  spec: RelationSpec,
  key: string,
  args: PageArgs,
  fieldNodes: FieldNode[],
): RelationPlan {
  const ownerType = ctx.schema.getType(spec.owner) as GraphQLObjectType;
  const fieldType = getNamedType(ownerType.getFields()[spec.field]?.type) as GraphQLObjectType;
  const relProps = new Set<string>();
  let withCount = false;
  let withUndated = false;
  let withCursors = false;
  let withRows = spec.kind !== 'page';
  let edgeNodes: FieldNode[] = [];
  let targetType: GraphQLNamedType = fieldType;
  if (spec.kind === 'page') {
    for (const [, nodes] of collectSubfields(ctx.schema, ctx.fragments, ctx.variables, fieldType, fieldNodes)) {
      const name = (nodes[0] as FieldNode).name.value;
      if (name === 'totalCount') withCount = true;
      else if (name === 'undatedCount') withUndated = args.asOf !== null;
      else withRows = true;
      if (name === 'pageInfo') withCursors = true;
      if (name === 'edges') edgeNodes.push(...nodes);
    }
  } else if (spec.kind === 'edges') {
    edgeNodes = fieldNodes;
  }
  let targetNodes: FieldNode[] = fieldNodes;
  if (spec.kind === 'page' || spec.kind === 'edges') {
    const edgeType = spec.kind === 'page' ? (getNamedType(fieldType.getFields().edges?.type) as GraphQLObjectType) : fieldType;
    targetNodes = [];
    targetType = getNamedType(edgeType.getFields()[spec.nodeFields[0] as string]?.type) as GraphQLNamedType;
    for (const [, nodes] of collectSubfields(ctx.schema, ctx.fragments, ctx.variables, edgeType, edgeNodes)) {
      const name = (nodes[0] as FieldNode).name.value;
      if (spec.nodeFields.includes(name)) {
        targetNodes.push(...nodes);
      } else if (name === 'cursor') withCursors = true;
      else if (name === 'obligations') relProps.add('obligationsJson');
      else if (name === 'sources') relProps.add('sourceIds');
      else if (name === 'coalition') relProps.add('coalitionId');
      else if (isLeafType(getNamedType(edgeType.getFields()[name]?.type))) relProps.add(name);
    }
  }
  if (withCursors) relProps.add('id');
  const target = planEntity(ctx, labelsOf(ctx, targetType, spec.target), targetNodes);
  return { spec, key, args, relProps, withCount, withUndated, withCursors, withRows, target };
}
