import { importSPKI, jwtVerify, type JWTPayload, type JWTVerifyOptions, type KeyLike } from 'jose';
import type { Config } from '../config';
import { curatorNameProblem } from './curator-name';
import { hours, refusalReason } from './refusal-reason';
import { rolesFromClaim } from './roles';
import type { Authentication, Authenticator } from './types';

type JwtConfig = NonNullable<Config['auth']['jwt']>;

const MALFORMED_HEADER = "Authorization must be 'Bearer <token>'";

/** Checks curators' bearer JWTs against the one configured key, with the algorithm pinned by config, never by the token. */
export function createAuthenticator(auth: Config['auth']): Authenticator {
  const { jwt } = auth;
  // With no key nothing can be verified, so a token is ignored rather than refused: reads stay public
  // (config insists on it) and a write is refused saying that writes are not configured.
  if (!jwt) return { writesEnabled: false, authenticate: async () => ({ kind: 'anonymous', writesDisabled: true }) };

  const options: JWTVerifyOptions = {
    algorithms: [jwt.algorithm],
    issuer: jwt.issuer,
    audience: jwt.audience,
    // iat too: without it a token's lifetime is unknown. maxTokenAge also refuses an iat in the
    // future, which would stretch a token's life past the maximum however near exp is to iat.
    requiredClaims: ['exp', 'iat', 'sub'],
    maxTokenAge: jwt.maxLifetimeSeconds,
    clockTolerance: jwt.clockToleranceSeconds,
  };
  let key: Promise<KeyLike | Uint8Array> | undefined;

  return {
    writesEnabled: true,
    async authenticate(authorizationHeader) {
      if (authorizationHeader === undefined) return { kind: 'anonymous' };
      const token = /^Bearer +(\S+)$/i.exec(authorizationHeader.trim())?.[1];
      if (!token) return { kind: 'invalid', reason: MALFORMED_HEADER };
      key ??= verificationKey(jwt);
      const verifyWith = await key;
      try {
        const { payload } = await jwtVerify(token, verifyWith, options);
        return curatorFrom(payload, jwt);
      } catch (error) {
        const reason = refusalReason(error, jwt);
        if (reason === undefined) throw error;
        return { kind: 'invalid', reason };
      }
    },
  };
}

function verificationKey(jwt: JwtConfig): Promise<KeyLike | Uint8Array> {
  if (jwt.secret !== undefined) return Promise.resolve(new TextEncoder().encode(jwt.secret));
  return importSPKI(jwt.publicKey ?? '', jwt.algorithm);
}

function curatorFrom(payload: JWTPayload, jwt: JwtConfig): Authentication {
  // jose has checked that exp and iat are numbers and sub is present, not that sub names anyone
  // (the audit trail stores it as the curator) or that the issuer kept the token short-lived.
  const lifetime = (payload.exp as number) - (payload.iat as number);
  if (lifetime > jwt.maxLifetimeSeconds) {
    return {
      kind: 'invalid',
      reason: `the token is valid for ${hours(lifetime)} hours from iat to exp; this server accepts at most ${hours(jwt.maxLifetimeSeconds)}`,
    };
  }
  const problem = typeof payload.sub === 'string' ? curatorNameProblem(payload.sub) : 'must name the curator';
  if (problem !== undefined) return { kind: 'invalid', reason: `the token's sub claim ${problem}` };
  return { kind: 'curator', curator: { id: payload.sub as string, roles: rolesFromClaim(payload.roles) } };
}
