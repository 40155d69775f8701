import type { IsoDate } from '../dates';
import { checkPageSize } from '../shared/paging';
import { decodeCursor, relationScope, type Cursor } from '../shared/cursor';
import { membershipFilter, type RelationSpec } from '../shared/relations';

/** A relation field's arguments, checked: what its Cypher needs. */
export interface PageArgs {
  asOf: IsoDate | null;
  role: string | null;
  founding: boolean | null;
  side: string | null;
  seat: string | null;
  coalition: string | null;
  /** Pages only: the page size and the cursor to start after. */
  size: number;
  after: Cursor | null;
}

/**
 * Reads a relation field's arguments the way its resolver does, and answers null where the
 * resolver would fail: the planner then leaves the field to its resolver, whose error names the
 * argument at the field's own path.
 */
export function readPageArgs(spec: RelationSpec, args: Record<string, unknown>): PageArgs | null {
  const text = (name: string): string | null => (typeof args[name] === 'string' ? (args[name] as string) : null);
  const { role, founding } = membershipFilter(text('role'), typeof args.founding === 'boolean' ? args.founding : null);
  try {
    const paged = spec.kind === 'page';
    return {
      asOf: text('asOf'),
      role,
      founding,
      side: text('side'),
      seat: text('seat'),
      coalition: text('coalition'),
      size: paged ? checkPageSize(args.first as number | null | undefined, 'first', spec.defaultFirst ?? 50) : 0,
      after: paged
        ? decodeCursor(args.after as string | null | undefined, 'after', relationScope(spec.type, spec.direction))
        : null,
    };
  } catch {
    return null;
  }
}
