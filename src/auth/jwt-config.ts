import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Config, EnvReader } from '../config';

export const JWT_ALGORITHMS = ['HS256', 'RS256', 'ES256'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];
type JwtConfig = NonNullable<Config['auth']['jwt']>;

// RFC 7518 §3.2: an HMAC key must be at least as long as the hash output, 256 bits for HS256.
const MIN_SECRET_BYTES = 32;
// jose refuses shorter RSA keys when verifying; saying so at start beats refusing every token later.
const MIN_RSA_BITS = 2048;
// A leaked token is good until it expires: a day covers a curator's working session (npm run token
// mints 8 hours) and bounds a forgotten or stolen token to one day, not the month or year a
// misconfigured issuer might sign.
const DEFAULT_MAX_LIFETIME_HOURS = 24;
const MAX_LIFETIME_HOURS = 24 * 366;

/** The AUTH_* variables: who may read, and the one key (and algorithm) curators' tokens are checked with. */
export function readAuthConfig(read: EnvReader, problems: string[]): Config['auth'] {
  const publicReads = read.bool('AUTH_PUBLIC_READS', true);
  const jwt = readJwtConfig(read, problems);
  if (!publicReads && !jwt) {
    problems.push(
      'AUTH_PUBLIC_READS=false needs AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY: without a key no token could be checked',
    );
  }
  return jwt ? { publicReads, jwt } : { publicReads };
}

function readJwtConfig(read: EnvReader, problems: string[]): JwtConfig | undefined {
  const secret = read.optional('AUTH_JWT_SECRET');
  // Env files hold one line per variable, so a PEM's line breaks arrive as literal "\n".
  const publicKey = read.optional('AUTH_JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n');
  const requested = read.optionalOneOf('AUTH_JWT_ALGORITHM', JWT_ALGORITHMS);
  const issuer = read.optional('AUTH_JWT_ISSUER');
  const audience = read.optional('AUTH_JWT_AUDIENCE');
  const clockToleranceSeconds = read.int('AUTH_JWT_CLOCK_TOLERANCE_S', 5, 0, 300);
  const maxLifetimeHours = read.int('AUTH_JWT_MAX_LIFETIME_H', DEFAULT_MAX_LIFETIME_HOURS, 1, MAX_LIFETIME_HOURS);

  let algorithm: JwtAlgorithm | undefined;
  if (secret && publicKey) {
    problems.push(
      'AUTH_JWT_SECRET and AUTH_JWT_PUBLIC_KEY are both set: set the secret for HS256 or the public key for RS256/ES256',
    );
  } else if (secret) {
    algorithm = checkSecret(secret, requested, problems);
  } else if (publicKey) {
    algorithm = algorithmOfPublicKey(publicKey, requested, problems);
  } else if (requested) {
    problems.push(`AUTH_JWT_ALGORITHM is ${requested} but there is no key: set AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY`);
  }
  if (!algorithm) return undefined;
  return {
    algorithm,
    ...(secret ? { secret } : { publicKey }),
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
    clockToleranceSeconds,
    maxLifetimeSeconds: maxLifetimeHours * 3600,
  };
}

function checkSecret(secret: string, requested: JwtAlgorithm | undefined, problems: string[]): JwtAlgorithm {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    problems.push(
      `AUTH_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes (HS256 needs a key as long as its hash), got ${bytes}: generate one with "openssl rand -base64 48"`,
    );
  }
  if (requested && requested !== 'HS256') {
    problems.push(`AUTH_JWT_ALGORITHM is ${requested}, but AUTH_JWT_SECRET is an HMAC secret, which signs HS256 only`);
  }
  return 'HS256';
}

function algorithmOfPublicKey(pem: string, requested: JwtAlgorithm | undefined, problems: string[]): JwtAlgorithm | undefined {
  const key = parsePublicKey(pem, problems);
  if (!key) return undefined;
  const inferred = inferAlgorithm(key, problems);
  if (inferred && requested && requested !== inferred) {
    problems.push(
      `AUTH_JWT_ALGORITHM is ${requested}, but AUTH_JWT_PUBLIC_KEY is ${describeKey(key)} key, which verifies ${inferred}`,
    );
  }
  return inferred;
}

function parsePublicKey(pem: string, problems: string[]): KeyObject | undefined {
  // jose imports SPKI only, and a private key has no business in a verifier's environment.
  if (!pem.startsWith('-----BEGIN PUBLIC KEY-----')) {
    problems.push('AUTH_JWT_PUBLIC_KEY must be a PEM public key starting "-----BEGIN PUBLIC KEY-----" (SPKI)');
    return undefined;
  }
  try {
    return createPublicKey({ key: pem, format: 'pem' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(`AUTH_JWT_PUBLIC_KEY is not a valid PEM public key (${reason}); write its line breaks as \\n on one line`);
    return undefined;
  }
}

function inferAlgorithm(key: KeyObject, problems: string[]): JwtAlgorithm | undefined {
  if (key.asymmetricKeyType === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS)
      problems.push(`AUTH_JWT_PUBLIC_KEY is a ${bits}-bit RSA key; RS256 needs at least ${MIN_RSA_BITS} bits`);
    return 'RS256';
  }
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  problems.push(`AUTH_JWT_PUBLIC_KEY must be an RSA key (RS256) or a P-256 EC key (ES256), got ${describeKey(key)} key`);
  return undefined;
}

function describeKey(key: KeyObject): string {
  const type = key.asymmetricKeyType?.toUpperCase() ?? 'unknown';
  const curve = key.asymmetricKeyDetails?.namedCurve;
  return curve ? `an ${type} ${curve}` : `an ${type}`;
}
