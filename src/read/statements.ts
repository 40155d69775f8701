import type { EntityLabel } from '../shared/labels';
import { CypherPrinter } from './compile';
import type { AlliesPlan, EntityPlan, RelationPlan } from './plan';

/** A statement printed for one root field: its text, the planner's parameters and where each relation's answer is. */
export interface PlannedStatement {
  text: string;
  params: Record<string, unknown>;
  slots: Map<RelationPlan | AlliesPlan, string>;
}

const indent = (lines: string[]): string[] => lines.map((line) => `  ${line}`);

/** One entity by `$id` (of `label`, or of any label for `node`), with its planned relations. */
export function lookupStatement(plan: EntityPlan, label: EntityLabel | null): PlannedStatement {
  const printer = new CypherPrinter();
  const text = [
    `MATCH (n0:Entity {id: $id})${label ? ` WHERE n0:${label}` : ''}`,
    `RETURN ${printer.entity(plan, 'n0')} AS entity`,
  ].join('\n');
  return { text, params: printer.params, slots: printer.slots };
}

/**
 * A page of a root list: `listText` (cypher/entity/list) finds the page's nodes in keyset order,
 * then each row's planned relations are computed, in the page's order.
 */
export function listStatement(plan: EntityPlan, listText: string): PlannedStatement {
  const printer = new CypherPrinter();
  const text = [
    'CALL () {',
    ...indent(listText.split('\n')),
    '}',
    'CALL (page) {',
    '  UNWIND range(0, size(page) - 1) AS i',
    '  WITH i, page[i] AS row',
    '  WITH i, row, row.node AS n0 ORDER BY i',
    ...indent(`RETURN collect({key: row.key, id: row.id, node: ${printer.entity(plan, 'n0')}}) AS rows`.split('\n')),
    '}',
    'RETURN totalCount, rows',
  ].join('\n');
  return { text, params: printer.params, slots: printer.slots };
}

/** Search hits: `searchText` (cypher/entity/search) ranks them, then each hit's planned relations, in rank order. */
export function searchStatement(plan: EntityPlan, searchText: string): PlannedStatement {
  const printer = new CypherPrinter();
  const text = [
    'CALL () {',
    ...indent(searchText.split('\n')),
    '}',
    // The subquery ranked and cut the hits; CALL does not promise to keep their order, so rank again.
    'WITH score, exact, node AS n0 ORDER BY exact DESC, score DESC, n0.id',
    `RETURN score, exact, ${printer.entity(plan, 'n0')} AS entity`,
  ].join('\n');
  return { text, params: printer.params, slots: printer.slots };
}
