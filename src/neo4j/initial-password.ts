import { randomBytes } from 'node:crypto';

/**
 * A new instance's password: 144 random bits as hex. Hex, not base64url, because
 * `neo4j-admin dbms set-initial-password` takes a leading "-" for an option, and one
 * base64url password in 64 starts with one (the first start then failed, exit 64).
 */
export const newInitialPassword = (): string => randomBytes(18).toString('hex');
