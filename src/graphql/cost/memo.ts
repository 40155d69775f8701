import type { OperationDefinitionNode } from 'graphql';
import type { QueryEstimate } from './estimate';

/**
 * Estimates already made, by operation and variables. Apollo keeps a parsed document for each query
 * text it has seen, so the same text brings the same operation node; a front end sends the same
 * few operations with the same few variables all day, and each estimate coerces the variables and
 * walks the whole selection. Variables too long to make a cheap key are estimated every time, and
 * an operation's table is dropped when full, so a client sending endless new variables holds at
 * most `maxPerOperation` estimates of each document Apollo keeps.
 */
export class EstimateMemo {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, QueryEstimate | undefined>>();

  constructor(
    private readonly maxPerOperation = 100,
    private readonly maxKeyLength = 2_000,
  ) {}

  of(
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    estimate: () => QueryEstimate | undefined,
  ): QueryEstimate | undefined {
    const key = JSON.stringify(variables ?? {});
    if (key.length > this.maxKeyLength) return estimate();
    let known = this.byOperation.get(operation);
    if (!known) this.byOperation.set(operation, (known = new Map()));
    if (known.has(key)) return known.get(key);
    const made = estimate();
    if (known.size >= this.maxPerOperation) known.clear();
    known.set(key, made);
    return made;
  }
}
