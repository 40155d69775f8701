import {
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  TypeMetaFieldDef,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  isEnumType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
import { PATH_LIMITS } from '../../path/limits';
import { DEFAULT_LIST_PAGE } from '../../shared/paging';

/** What a query would ask of the service at most, read after its variables and defaults are applied. */
export interface QueryEstimate {
  /** Every field it could return, each counted once per object it is asked of (see `estimateQuery`). */
  cost: number;
  /** Deepest field, the root fields being at depth 1. */
  depth: number;
  aliases: number;
  directives: number;
  /** `__schema` fields: a client needs the schema once per request at most. */
  introspections: number;
}

/** Lists without `first`/`last` (aliases, sources, a treaty's alliances…): each entity has a few. */
export const UNPAGED_LIST_SIZE = 5;
/** Paged fields whose default page is set in code rather than in the schema; root lists take DEFAULT_LIST_PAGE. */
const DEFAULT_PAGE_OF: Record<string, number> = {
  paths: PATH_LIMITS.enumerationFirst.fallback,
  neighbourhood: PATH_LIMITS.neighbourhoodFirst.fallback,
  entanglement: PATH_LIMITS.entanglementFirst.fallback,
};

/** Fields that answer one row per item of an input list: `resolve(names:)`. */
const INPUT_SIZED: Record<string, string> = { resolve: 'names' };

function inputLength(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  arg: string,
): number {
  try {
    const value = getArgumentValues(field, node, variables)[arg];
    return Array.isArray(value) ? value.length : 1;
  } catch {
    return 1; // validation or the resolver names the bad argument
  }
}

const introspectionSizes = new WeakMap<GraphQLSchema, number>();

/** `__schema` costs what it returns: one per type, field, argument, enum value and input field. */
function introspectionSize(schema: GraphQLSchema): number {
  let size = introspectionSizes.get(schema);
  if (size === undefined) {
    size = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      size += 1;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) size += 1 + field.args.length;
      } else if (isInputObjectType(type)) size += Object.keys(type.getFields()).length;
      else if (isEnumType(type)) size += type.getValues().length;
    }
    introspectionSizes.set(schema, size);
  }
  return size;
}

/**
 * The cost model: each field costs 1 for every object it is selected on, so a field below
 * `members(first: 20)` costs 20, and below that `memberships(first: 5)` 100. A list's size is its
 * `first` or `last` (as given, after variables, or the field's default page), or
 * UNPAGED_LIST_SIZE for a list without paging. A connection's size applies to its `edges`.
 * Fragments are counted where they are spread, every time, and @skip/@include are honoured.
 */
export function estimateQuery(
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryEstimate {
  const estimate: QueryEstimate = { cost: 0, depth: 0, aliases: 0, directives: 0, introspections: 0 };
  const included = (node: { directives?: readonly unknown[] }): boolean => {
    const n = node as FieldNode;
    estimate.directives += n.directives?.length ?? 0;
    if (!n.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, n, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if !== false;
  };

  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    multiplier: number,
    pageSize: number | null,
    depth: number,
    spread: string[],
  ) => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        // Validation refuses cycles before this runs; the guard keeps a bug from looping forever.
        if (!fragment || spread.includes(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        walk(fragment.selectionSet, on, multiplier, pageSize, depth, [...spread, fragment.name.value]);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        walk(selection.selectionSet, on, multiplier, pageSize, depth, spread);
        continue;
      }
      if (selection.alias) estimate.aliases += 1;
      estimate.depth = Math.max(estimate.depth, depth);
      const name = selection.name.value;
      if (name === '__schema') {
        estimate.introspections += multiplier;
        estimate.cost += multiplier * introspectionSize(schema);
        continue;
      }
      estimate.cost += multiplier;
      const field = fieldOf(type, name);
      if (!field || !selection.selectionSet) continue;
      const size = pageSizeOf(field, selection, variables);
      const child = getNamedType(field.type);
      if (isListType(getNullableType(field.type))) {
        walk(selection.selectionSet, child, multiplier * (size ?? pageSize ?? UNPAGED_LIST_SIZE), null, depth + 1, spread);
      } else {
        walk(selection.selectionSet, child, multiplier, size, depth + 1, spread);
      }
    }
  };
  walk(selectionSet, root, 1, null, 1, []);
  return estimate;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__type') return TypeMetaFieldDef;
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** `first` or `last` as the resolver will see it; null for a field without paging. */
function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const sizedBy = INPUT_SIZED[field.name];
  if (sizedBy) return inputLength(field, node, variables, sizedBy);
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    // A bad argument fails validation or its resolver with a clear error; price the default page.
    args = {};
  }
  const given = [args.first, args.last].find((value): value is number => typeof value === 'number' && value > 0);
  return given ?? DEFAULT_PAGE_OF[field.name] ?? DEFAULT_LIST_PAGE;
}
