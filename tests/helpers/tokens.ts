import { SignJWT, base64url } from 'jose';

/** 48 bytes: HS256 needs at least 32. */
export const TEST_JWT_SECRET = 'entente-test-secret-for-hs256-tokens-only-0123456';
export const TEST_JWT_AUDIENCE = 'entente-test';
export const TEST_JWT_ISSUER = 'entente-test-issuer';

/** The environment (for loadConfig or startTestApp) of a server that accepts the tokens below. */
export const TEST_AUTH_ENV: Record<string, string> = {
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  AUTH_JWT_AUDIENCE: TEST_JWT_AUDIENCE,
  AUTH_JWT_ISSUER: TEST_JWT_ISSUER,
};

export interface MintOptions {
  secret: string;
  /** Default "test-curator". */
  sub?: string;
  roles?: string[];
  /** Default one hour; negative mints a token that has already expired. */
  expiresInSeconds?: number;
  /** Default TEST_JWT_AUDIENCE / TEST_JWT_ISSUER, which a server that checks neither accepts too. */
  audience?: string;
  issuer?: string;
}

/** An HS256 token as a curator's identity provider would sign it. */
export function mintToken(options: MintOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: options.roles ?? [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub ?? 'test-curator')
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
    .setAudience(options.audience ?? TEST_JWT_AUDIENCE)
    .setIssuer(options.issuer ?? TEST_JWT_ISSUER)
    .sign(new TextEncoder().encode(options.secret));
}

/** Expired an hour ago: far beyond any clock tolerance. */
export function expiredToken(secret: string, roles: string[] = ['editor']): Promise<string> {
  return mintToken({ secret, roles, expiresInSeconds: -3600 });
}

export function badSignatureToken(secret: string, roles: string[] = ['editor']): Promise<string> {
  return mintToken({ secret: `not-${secret}`, roles });
}

/** An unsigned token (`alg: none`), which no server may accept whatever it claims. */
export function algNoneToken(roles: string[] = ['admin']): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (part: object) => base64url.encode(JSON.stringify(part));
  const header = { alg: 'none', typ: 'JWT' };
  const payload = { sub: 'test-curator', roles, iat: now, exp: now + 3600, aud: TEST_JWT_AUDIENCE, iss: TEST_JWT_ISSUER };
  return `${encode(header)}.${encode(payload)}.`;
}

export function wrongAudienceToken(secret: string, roles: string[] = ['editor']): Promise<string> {
  return mintToken({ secret, roles, audience: 'some-other-service' });
}

/** Valid, but grants no roles: may read, may not write. */
export function viewerToken(secret: string): Promise<string> {
  return mintToken({ secret, sub: 'test-viewer', roles: [] });
}
