import { GraphQLError } from 'graphql';
import type { Authentication, Curator, Role } from './types';
import { ErrorCode } from '../shared/error-codes';

/**
 * The curator allowed to `action` (a phrase such as "delete a fact"), or a GraphQL error saying why not:
 * UNAUTHENTICATED (401) when nobody usable is behind the request, FORBIDDEN (403) when the curator lacks `role`.
 */
export function requireRole(authentication: Authentication, role: Role, action: string): Curator {
  if (authentication.kind === 'anonymous') {
    throw unauthenticated(
      authentication.writesDisabled
        ? `Writes are not configured on this server (it has no AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY), so nobody can ${action}.`
        : `A bearer token with the ${role} role is needed to ${action}: send 'Authorization: Bearer <token>'.`,
    );
  }
  if (authentication.kind === 'invalid') throw refused(authentication.reason, action);
  const { curator } = authentication;
  if (!curator.roles.includes(role)) {
    const granted = curator.roles.length > 0 ? `grants only ${curator.roles.join(', ')}` : 'grants no roles';
    throw new GraphQLError(`The ${role} role is needed to ${action}; the token of "${curator.id}" ${granted}.`, {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
  }
  return curator;
}

/**
 * Lets a read through, returning the curator if there is one. A token that was sent but is bad is refused
 * even when reads are public: ignoring it would hide the client's mistake until its first write.
 */
export function requireReader(authentication: Authentication, publicReads: boolean): Curator | undefined {
  if (authentication.kind === 'curator') return authentication.curator;
  if (authentication.kind === 'invalid') throw refused(authentication.reason, 'be used');
  if (publicReads) return undefined;
  throw unauthenticated("Reads on this server need a bearer token: send 'Authorization: Bearer <token>'.");
}

function refused(reason: string, action: string): GraphQLError {
  return unauthenticated(`The bearer token was refused, so it cannot ${action}: ${reason}.`);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}
