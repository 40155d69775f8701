import type { Role } from './types';

/** Keeps the roles Entente knows from a token's `roles` claim; anything but an array of strings grants none. */
export function rolesFromClaim(claim: unknown): Role[] {
  if (!Array.isArray(claim)) return [];
  const granted = new Set(claim.filter((role): role is string => typeof role === 'string'));
  const isAdmin = granted.has('admin');
  // An admin may do everything an editor may, so checks need only ask for the least role an action needs.
  const roles: Role[] = [];
  if (isAdmin || granted.has('editor')) roles.push('editor');
  if (isAdmin) roles.push('admin');
  return roles;
}
