import type { Database } from '../../src/db/database';
import { toPlainObject } from '../../src/db/mapping';
import type { GraphQLResponse } from './app';
import { fixture } from './fixtures';
import { mintToken, TEST_JWT_SECRET } from './tokens';

const FINGERPRINT = fixture('fingerprint');
const DELETE_BY_PREFIX = fixture('delete-by-id-prefix');
const DELETE_CHANGES = fixture('delete-changes-of-prefix');

/** Counts of nodes, relationships and audit records, and the sums of all versions. */
export interface Fingerprint {
  nodes: number;
  relationships: number;
  changes: number;
  nodeVersions: number;
  relationshipVersions: number;
}

export async function fingerprint(db: Database): Promise<Fingerprint> {
  const result = await db.read(FINGERPRINT);
  return toPlainObject(result.records[0]?.toObject()) as unknown as Fingerprint;
}

export const editorToken = (sub = 'test-editor'): Promise<string> =>
  mintToken({ secret: TEST_JWT_SECRET, sub, roles: ['editor'] });
export const adminToken = (sub = 'test-admin'): Promise<string> => mintToken({ secret: TEST_JWT_SECRET, sub, roles: ['admin'] });

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export function dataOf(response: GraphQLResponse): Record<string, any> {
  if (response.body.errors) throw new Error(`Unexpected errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as Record<string, any>;
}

export async function removeTestEntities(db: Database, prefix: string): Promise<void> {
  await db.write(DELETE_BY_PREFIX, { prefix });
  await db.write(DELETE_CHANGES, { prefix });
}

/** A source that exists in the curated data, for writes that need one. */
export const CURATED_SOURCE = 'nato-member-countries';
