import { SignJWT } from 'jose';
import type { Config } from '../config';
import { curatorNameProblem } from './curator-name';
import { hours } from './refusal-reason';
import type { Role } from './types';

export interface MintRequest {
  sub: string;
  roles: Role[];
  hours: number;
}

/**
 * Signs an HS256 token with the server's own secret, carrying the issuer and audience the server checks.
 * Throws, saying what to do instead, when the server has no secret to sign with or would refuse the token.
 */
export async function mintCuratorToken(auth: Config['auth'], request: MintRequest, now: Date = new Date()): Promise<string> {
  const { jwt } = auth;
  if (!jwt) {
    throw new Error(
      'AUTH_JWT_SECRET is not set, so the server accepts no tokens: set it (at least 32 bytes, e.g. "openssl rand -base64 48") for the server and for this command',
    );
  }
  if (jwt.secret === undefined) {
    throw new Error(
      `The server checks ${jwt.algorithm} tokens with AUTH_JWT_PUBLIC_KEY: get a token from the identity provider that holds the private key`,
    );
  }
  const subProblem = curatorNameProblem(request.sub);
  if (subProblem) throw new Error(`--sub ${subProblem}`);
  const lifetime = Math.round(request.hours * 3600);
  if (lifetime > jwt.maxLifetimeSeconds) {
    throw new Error(
      `--hours ${request.hours} is longer than the ${hours(jwt.maxLifetimeSeconds)} hours the server accepts (AUTH_JWT_MAX_LIFETIME_H): ask for fewer`,
    );
  }
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = new SignJWT({ roles: request.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime);
  if (jwt.issuer) token.setIssuer(jwt.issuer);
  if (jwt.audience) token.setAudience(jwt.audience);
  return token.sign(new TextEncoder().encode(jwt.secret));
}
