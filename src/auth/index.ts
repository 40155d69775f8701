export { createAuthenticator } from './authenticator';
export { requireReader, requireRole } from './require';
export type { Authentication, Authenticator, Curator, Role } from './types';
