import type { ManagedTransaction } from 'neo4j-driver';
import { requireRole, type Curator, type Role } from '../auth';
import type { Context } from '../context';
import { cypher } from '../db/cypher';
import { findChange, recordChange, type ChangeDraft, type ChangeRecord } from './audit';
import { claimKey, completeKey, scopedKey } from './idempotency';
import { InputProblems } from './problems';
import { cleanText, LIMITS } from './text';

const DERIVE_LINK_KINDS_OF = cypher('derive/link-kinds-of');

export interface Curation {
  /** The root field's name, recorded on the audit record. */
  mutation: string;
  role: Role;
  /** What the client asked, idempotencyKey included: a repeated key must come with the same request. */
  input: { idempotencyKey?: string | null };
  /** Checks and writes; throws to write nothing. Runs in the transaction the audit record shares. */
  write: (tx: ManagedTransaction, curator: Curator) => Promise<ChangeDraft>;
}

export interface CurationResult {
  change: ChangeRecord;
  replayed: boolean;
}

const ACTIONS: Record<Role, string> = { editor: 'change facts', admin: 'delete entities or revert changes' };

/**
 * Every write goes through here: the role first (so that nobody unauthorised learns anything
 * about the data from validation errors), then one write transaction holding the idempotency key,
 * the checks, the write, the link kinds derived from it and its audit record: all or nothing.
 */
export async function curate(ctx: Context, curation: Curation): Promise<CurationResult> {
  const curator = requireRole(ctx.auth, curation.role, ACTIONS[curation.role]);
  const problems = new InputProblems();
  const key = cleanText(problems, 'input.idempotencyKey', curation.input.idempotencyKey, LIMITS.idempotencyKey);
  problems.throwIfAny();
  const result = await ctx.db.writeTransaction(`curation/${curation.mutation}`, async (tx) => {
    const scoped = key ? scopedKey(curator.id, key) : null;
    if (scoped) {
      const claim = await claimKey(tx, scoped, { mutation: curation.mutation, input: curation.input });
      if (claim.kind === 'replay') {
        const first = await findChange(tx, claim.changeId);
        if (first) return { change: first, replayed: true };
      }
    }
    const draft = await curation.write(tx, curator);
    if (draft.derive.length > 0) await tx.run(DERIVE_LINK_KINDS_OF.text, { ids: draft.derive });
    const change = await recordChange(tx, curator.id, curation.mutation, draft);
    if (scoped) await completeKey(tx, scoped, change.id);
    return { change, replayed: false };
  });
  // Entities this request loaded before the write must not be served stale after it.
  ctx.loaders.entity.clearAll();
  return result;
}
