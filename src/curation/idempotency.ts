import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { invalidInput } from './problems';

const CLAIM = cypher('curation/claim-idempotency-key');
const COMPLETE = cypher('curation/complete-idempotency-key');

export type KeyClaim = { kind: 'fresh' } | { kind: 'replay'; changeId: string };

/**
 * Claims a curator's idempotency key in the write's transaction. Keys are per curator, so two
 * curators cannot collide; a key reused for a different request is refused rather than replayed.
 */
export async function claimKey(tx: ManagedTransaction, key: string, request: unknown): Promise<KeyClaim> {
  const hash = requestHash(request);
  const result = await tx.run(CLAIM.text, { key, requestHash: hash });
  const record = result.records[0];
  const changeId = record?.get('changeId') as string | null;
  if (!changeId) return { kind: 'fresh' };
  if (record?.get('requestHash') !== hash) {
    throw invalidInput([{ field: 'input.idempotencyKey', message: 'was already used for a different request: use a new key' }]);
  }
  return { kind: 'replay', changeId };
}

export async function completeKey(tx: ManagedTransaction, key: string, changeId: string): Promise<void> {
  await tx.run(COMPLETE.text, { key, changeId });
}

export const scopedKey = (curator: string, key: string): string => JSON.stringify([curator, key]);

function requestHash(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

/** JSON with object keys sorted: the same request hashes the same whatever order its fields came in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
