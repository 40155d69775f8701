import { plannedKey } from './plan';

/** Where a record keeps the answers the planner fetched for its relation fields (not enumerable: never serialised). */
export const PLANNED = Symbol('planned');

/**
 * A relation field's answer: the planned one when the root's statement fetched it, otherwise
 * `load()` (the field's loader, as when the planner is off or leaves the field out).
 */
export function plannedOr<T>(parent: object, field: string, args: unknown, load: () => T): T {
  const planned = (parent as { [PLANNED]?: Map<string, unknown> })[PLANNED];
  const key = plannedKey(field, args);
  return planned?.has(key) ? (planned.get(key) as T) : load();
}
