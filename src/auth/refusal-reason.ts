import { errors } from 'jose';
import type { Config } from '../config';

type JwtConfig = NonNullable<Config['auth']['jwt']>;

/**
 * Why jose refused a token, in words safe to show the client: they name what the token got wrong
 * and never echo the key. Undefined when the error is not about the token, so the caller rethrows it.
 */
export function refusalReason(error: unknown, jwt: JwtConfig): string | undefined {
  if (error instanceof errors.JWTExpired && error.claim === 'iat') {
    return `the token was issued more than ${hours(jwt.maxLifetimeSeconds)} hours ago, longer than this server lets a token live`;
  }
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof errors.JOSEAlgNotAllowed) return `the token must be signed with ${jwt.algorithm}`;
  if (error instanceof errors.JWTClaimValidationFailed) return claimReason(error, jwt);
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is not a well-formed JWT';
  if (error instanceof errors.JOSEError) return 'the token could not be verified';
  return undefined;
}

function claimReason(error: errors.JWTClaimValidationFailed, jwt: JwtConfig): string {
  const { claim, reason } = error;
  if (reason === 'missing') return `the token has no ${claim} claim`;
  if (reason === 'invalid') return `the token's ${claim} claim must be a number`;
  if (claim === 'aud') return `the token's audience is not ${jwt.audience}`;
  if (claim === 'iss') return `the token's issuer is not ${jwt.issuer}`;
  if (claim === 'nbf') return 'the token is not valid yet';
  if (claim === 'iat') return "the token's iat claim is in the future";
  return `the token's ${claim} claim is not acceptable`;
}

/** Seconds as hours, to two decimals at most, rounded up so that a second over 24 hours never reads "24": 5400 is "1.5". */
export function hours(seconds: number): string {
  return String(Math.ceil((seconds * 100) / 3600) / 100);
}
