import {
  getNamedType,
  isCompositeType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

export type CacheScope = 'PUBLIC' | 'PRIVATE';

/** How long an answer may be reused, and by whom: Apollo's cache-control model. */
export interface CachePolicy {
  maxAge: number;
  scope: CacheScope;
}

interface Hint {
  maxAge?: number;
  scope?: CacheScope;
  /** Take the parent's maxAge rather than the default, as a scalar field does. */
  inheritMaxAge?: boolean;
}

const NOT_CACHEABLE: CachePolicy = { maxAge: 0, scope: 'PUBLIC' };

/**
 * The cache policy of one operation, read from the document and the schema's `@cacheControl`
 * hints by Apollo's rules, without resolving anything:
 * - a hint on a field wins over one on the type it returns;
 * - root fields and fields returning objects take `defaultMaxAge` when neither has a hint;
 * - scalar fields, and fields hinted `inheritMaxAge`, take their parent's;
 * - the answer gets the smallest maxAge, and PRIVATE if any part is private.
 * Apollo's own plugin learns the same by wrapping every field as it resolves, which on a nested
 * read is thousands of calls; this walk runs once per document (the plugin keeps its result).
 * Every branch of every fragment counts and `@skip`/`@include` are not evaluated, so a policy is
 * never longer than Apollo's, at worst shorter.
 */
export function cachePolicyOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  defaultMaxAge: number,
): CachePolicy {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName ? d.name?.value === operationName : true),
  );
  if (!operation || operation.operation !== 'query') return NOT_CACHEABLE;
  const root = schema.getQueryType();
  if (!root) return NOT_CACHEABLE;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const policy: CachePolicy = { maxAge: Infinity, scope: 'PUBLIC' };
  const restrict = (hint: Hint): void => {
    if (hint.maxAge !== undefined) policy.maxAge = Math.min(policy.maxAge, hint.maxAge);
    if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  };
  const visiting = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection.name.value);
        if (!field) continue; // __typename, or a field validation has already refused
        const target = getNamedType(field.type);
        const hint = {
          ...(isCompositeType(target) ? hintOf(target) : {}),
          ...definedOnly(hintOfNodes(field.astNode?.directives)),
        };
        if (hint.maxAge === undefined && !hint.inheritMaxAge && (isRoot || isCompositeType(target))) hint.maxAge = defaultMaxAge;
        restrict(hint);
        if (selection.selectionSet && isCompositeType(target)) walk(selection.selectionSet, target, false);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, isCompositeType(typed) ? typed : parent, isRoot);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        const typed = schema.getType(fragment.typeCondition.name.value);
        walk(fragment.selectionSet, isCompositeType(typed) ? typed : parent, isRoot);
        visiting.delete(fragment.name.value);
      }
    }
  };
  walk(operation.selectionSet, root, true);
  return Number.isFinite(policy.maxAge) ? policy : { ...policy, maxAge: defaultMaxAge };
}

/** `Cache-Control` for a policy: reusable answers say for how long and by whom, others `no-store`. */
export function cacheControlHeader(policy: CachePolicy): string {
  return policy.maxAge > 0 ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store';
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

function hintOf(type: GraphQLNamedType): Hint {
  return definedOnly(
    hintOfNodes(
      type.astNode?.directives,
      type.extensionASTNodes.flatMap((n) => n.directives ?? []),
    ),
  );
}

function hintOfNodes(...lists: (readonly DirectiveNode[] | undefined)[]): Hint {
  const directive = lists.flatMap((list) => list ?? []).find((d) => d.name.value === 'cacheControl');
  const hint: Hint = {};
  for (const argument of directive?.arguments ?? []) {
    const value = valueFromASTUntyped(argument.value);
    if (argument.name.value === 'maxAge' && typeof value === 'number') hint.maxAge = value;
    if (argument.name.value === 'scope' && (value === 'PUBLIC' || value === 'PRIVATE')) hint.scope = value;
    if (argument.name.value === 'inheritMaxAge' && value === true) hint.inheritMaxAge = true;
  }
  return hint;
}

const definedOnly = (hint: Hint): Hint =>
  Object.fromEntries(Object.entries(hint).filter(([, value]) => value !== undefined)) as Hint;
