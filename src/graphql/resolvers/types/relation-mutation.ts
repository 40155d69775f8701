import type { ManagedTransaction } from 'neo4j-driver';
import type { Context } from '../../../context';
import type { ChangeDraft } from '../../../curation/audit';
import type { RelationKind } from '../../../curation/relation-kinds';
import { curate } from '../../../curation/run';
import { edgePayload, type EdgePayload } from './payloads';

type Write<I> = (
  tx: ManagedTransaction,
  kind: RelationKind,
  ends: { startId: string; endId: string },
  input: I,
) => Promise<ChangeDraft>;

/**
 * A root field that adds or ends a dated relationship (membership, treaty party, participation):
 * the editor's role, the ends named by the kind's input fields, the edge as the change left it.
 */
export function relationMutation<I extends { idempotencyKey?: string | null }>(
  mutation: string,
  kind: RelationKind,
  write: Write<I>,
) {
  return async (_parent: unknown, { input }: { input: I }, ctx: Context): Promise<EdgePayload> => {
    const fields = input as unknown as Record<string, string>;
    const ends = { startId: fields[kind.startField] as string, endId: fields[kind.endField] as string };
    return edgePayload(ctx, await curate(ctx, { mutation, role: 'editor', input, write: (tx) => write(tx, kind, ends, input) }));
  };
}
