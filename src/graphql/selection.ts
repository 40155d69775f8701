import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selects(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field' && selection.name.value === name) return true;
    if (selection.kind === 'InlineFragment' && selects(selection.selectionSet, name, fragments)) return true;
    if (selection.kind === 'FragmentSpread' && selects(fragments[selection.name.value]?.selectionSet, name, fragments))
      return true;
  }
  return false;
}

/**
 * Whether the field being resolved selects `name` directly below it (through fragments too), so
 * work only that subfield needs, such as counting a whole relation, is skipped when nobody asks.
 * A subfield under `@skip` still counts as selected: the work is then done for nothing, never missed.
 */
export const selectsSubfield = (info: GraphQLResolveInfo, name: string): boolean =>
  info.fieldNodes.some((node) => selects(node.selectionSet, name, info.fragments));
