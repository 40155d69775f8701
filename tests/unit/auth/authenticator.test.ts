import type { KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { SignJWT, type JWTPayload } from 'jose';
import { createAuthenticator, requireReader, requireRole, type Authentication, type Authenticator } from '../../../src/auth';
import { loadConfig } from '../../../src/config';
import { ecKeyPair, oneLine, rsaKeyPair } from '../../helpers/keys';
import {
  algNoneToken,
  badSignatureToken,
  expiredToken,
  mintToken,
  TEST_AUTH_ENV,
  TEST_JWT_SECRET,
  viewerToken,
  wrongAudienceToken,
} from '../../helpers/tokens';

const hs256 = createAuthenticator(loadConfig(TEST_AUTH_ENV).auth);
const bearer = (token: string) => `Bearer ${token}`;
const secretKey = new TextEncoder().encode(TEST_JWT_SECRET);

async function refusalOf(authenticator: Authenticator, header: string): Promise<string> {
  const result = await authenticator.authenticate(header);
  if (result.kind !== 'invalid') throw new Error(`expected the token to be refused, got ${JSON.stringify(result)}`);
  return result.reason;
}

/** Signs exactly the claims given: no exp, iat or sub unless the test adds them. */
function sign(claims: JWTPayload, alg: string, key: KeyObject | Uint8Array): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(key);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const inAnHour = () => nowSeconds() + 3600;
const testClaims = { aud: 'entente-test', iss: 'entente-test-issuer' };
/** Claims an HS256 token needs besides sub: audience, issuer, and an hour's life from now. */
const validFor = (seconds = 3600, issuedAt = nowSeconds()) => ({ ...testClaims, iat: issuedAt, exp: issuedAt + seconds });
const HOUR = 3600;

describe('createAuthenticator with an HS256 secret', () => {
  it('accepts a valid token and names the curator', async () => {
    const token = await mintToken({ secret: TEST_JWT_SECRET, sub: 'alice', roles: ['editor'] });
    expect(await hs256.authenticate(bearer(token))).toEqual({ kind: 'curator', curator: { id: 'alice', roles: ['editor'] } });
  });

  it('treats a missing Authorization header as anonymous', async () => {
    expect(hs256.writesEnabled).toBe(true);
    expect(await hs256.authenticate(undefined)).toEqual({ kind: 'anonymous' });
  });

  it('normalises roles: admin implies editor, unknown roles are dropped', async () => {
    const token = await mintToken({ secret: TEST_JWT_SECRET, roles: ['owner', 'admin'] });
    expect(await hs256.authenticate(bearer(token))).toMatchObject({ curator: { roles: ['editor', 'admin'] } });
  });

  it('grants no roles when the roles claim is not an array of strings', async () => {
    const token = await sign({ ...validFor(), sub: 'bob', roles: 'admin' }, 'HS256', secretKey);
    expect(await hs256.authenticate(bearer(token))).toEqual({ kind: 'curator', curator: { id: 'bob', roles: [] } });
  });

  it('refuses an expired token, allowing the configured clock tolerance', async () => {
    expect(await refusalOf(hs256, bearer(await expiredToken(TEST_JWT_SECRET, ['editor'])))).toBe('the token has expired');
    const justExpired = await mintToken({ secret: TEST_JWT_SECRET, expiresInSeconds: -2 });
    expect((await hs256.authenticate(bearer(justExpired))).kind).toBe('curator');
    const strict = createAuthenticator(loadConfig({ ...TEST_AUTH_ENV, AUTH_JWT_CLOCK_TOLERANCE_S: '0' }).auth);
    expect(await refusalOf(strict, bearer(justExpired))).toBe('the token has expired');
  });

  it('refuses a token signed with another secret', async () => {
    expect(await refusalOf(hs256, bearer(await badSignatureToken(TEST_JWT_SECRET, ['admin'])))).toBe(
      "the token's signature does not verify",
    );
  });

  it('refuses an unsigned alg: none token', async () => {
    expect(await refusalOf(hs256, bearer(algNoneToken(['admin'])))).toBe('the token must be signed with HS256');
  });

  it('refuses a token for another audience or from another issuer', async () => {
    expect(await refusalOf(hs256, bearer(await wrongAudienceToken(TEST_JWT_SECRET, ['editor'])))).toBe(
      "the token's audience is not entente-test",
    );
    const otherIssuer = await mintToken({ secret: TEST_JWT_SECRET, issuer: 'someone-else' });
    expect(await refusalOf(hs256, bearer(otherIssuer))).toBe("the token's issuer is not entente-test-issuer");
  });

  it('checks audience and issuer only when they are configured', async () => {
    const lenient = createAuthenticator(loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET }).auth);
    expect((await lenient.authenticate(bearer(await wrongAudienceToken(TEST_JWT_SECRET)))).kind).toBe('curator');
  });

  it('refuses a token without exp, without iat, without sub, or with an empty sub', async () => {
    const noExp = await sign({ ...testClaims, iat: nowSeconds(), sub: 'alice', roles: ['admin'] }, 'HS256', secretKey);
    expect(await refusalOf(hs256, bearer(noExp))).toBe('the token has no exp claim');
    // Without iat a token's lifetime is unknown, so AUTH_JWT_MAX_LIFETIME_H could not be checked.
    const noIat = await sign({ ...testClaims, exp: inAnHour(), sub: 'alice', roles: ['admin'] }, 'HS256', secretKey);
    expect(await refusalOf(hs256, bearer(noIat))).toBe('the token has no iat claim');
    const noSub = await sign({ ...validFor(), roles: ['admin'] }, 'HS256', secretKey);
    expect(await refusalOf(hs256, bearer(noSub))).toBe('the token has no sub claim');
    const emptySub = await sign({ ...validFor(), sub: ' ' }, 'HS256', secretKey);
    expect(await refusalOf(hs256, bearer(emptySub))).toBe("the token's sub claim must name the curator");
  });

  describe('refuses a sub that the audit trail could not show as a curator', () => {
    // unknown: a token may carry any JSON as its sub, though JWTPayload types it as a string.
    const subRefusal = async (sub: unknown) =>
      refusalOf(hs256, bearer(await sign({ ...validFor(), sub } as JWTPayload, 'HS256', secretKey)));

    it.each([
      ['a NUL', 'ali\u0000ce'],
      ['an escape sequence', '\u001b[31malice'],
      ['a newline', 'alice\nadmin'],
      ['a tab', 'al\tice'],
      ['DEL', 'alice\u007f'],
      ['a C1 control (NEL)', 'alice\u0085'],
      ['a line separator', 'alice\u2028bob'],
      ['a paragraph separator', 'alice\u2029bob'],
      ['a right-to-left override', 'alice\u202egnp.exe'],
      ['a bidirectional isolate', '\u2066alice\u2069'],
    ])('with %s', async (_what, sub) => {
      expect(await subRefusal(sub)).toBe(
        "the token's sub claim must not contain control, line-separator or bidirectional-override characters",
      );
    });

    it('longer than 200 characters, counting code points', async () => {
      expect(await subRefusal('a'.repeat(10_000))).toBe("the token's sub claim must be at most 200 characters, got 10000");
      expect(await subRefusal('a'.repeat(201))).toBe("the token's sub claim must be at most 200 characters, got 201");
      const longest = '\u{1F6E1}'.repeat(200); // 400 UTF-16 units, 200 characters
      expect(await hs256.authenticate(bearer(await sign({ ...validFor(), sub: longest }, 'HS256', secretKey)))).toMatchObject({
        kind: 'curator',
        curator: { id: longest },
      });
    });

    it('with spaces around it, or not a string', async () => {
      expect(await subRefusal(' alice')).toBe("the token's sub claim must not begin or end with spaces");
      expect(await subRefusal('alice ')).toBe("the token's sub claim must not begin or end with spaces");
      expect(await subRefusal(42)).toBe("the token's sub claim must name the curator");
    });

    it('while names in any script, with inner spaces, pass as given', async () => {
      for (const sub of ['Zoë Ångström', 'auth0|65f0c2', 'ユーザー', 'علي', 'alice@example.org']) {
        expect(await hs256.authenticate(bearer(await sign({ ...validFor(), sub }, 'HS256', secretKey)))).toMatchObject({
          curator: { id: sub },
        });
      }
    });
  });

  describe('refuses a token that lives longer than AUTH_JWT_MAX_LIFETIME_H (default 24)', () => {
    const tokenFor = (seconds: number, issuedAt?: number) =>
      sign({ ...validFor(seconds, issuedAt), sub: 'alice' }, 'HS256', secretKey);

    it('from iat to exp, however recently it was issued', async () => {
      expect((await hs256.authenticate(bearer(await tokenFor(24 * HOUR)))).kind).toBe('curator');
      expect(await refusalOf(hs256, bearer(await tokenFor(24 * HOUR + 1)))).toBe(
        'the token is valid for 24.01 hours from iat to exp; this server accepts at most 24',
      );
      expect(await refusalOf(hs256, bearer(await tokenFor(365 * 24 * HOUR)))).toBe(
        'the token is valid for 8760 hours from iat to exp; this server accepts at most 24',
      );
    });

    it('as configured', async () => {
      const weekly = createAuthenticator(loadConfig({ ...TEST_AUTH_ENV, AUTH_JWT_MAX_LIFETIME_H: '168' }).auth);
      expect((await weekly.authenticate(bearer(await tokenFor(168 * HOUR)))).kind).toBe('curator');
      const hourly = createAuthenticator(loadConfig({ ...TEST_AUTH_ENV, AUTH_JWT_MAX_LIFETIME_H: '1' }).auth);
      expect(await refusalOf(hourly, bearer(await tokenFor(1.5 * HOUR)))).toBe(
        'the token is valid for 1.5 hours from iat to exp; this server accepts at most 1',
      );
    });

    it('by an iat in the future, which would stretch its life', async () => {
      const aYearAhead = nowSeconds() + 365 * 24 * HOUR;
      expect(await refusalOf(hs256, bearer(await tokenFor(HOUR, aYearAhead)))).toBe("the token's iat claim is in the future");
      // Within the clock tolerance (5 s) an iat a moment ahead is the issuer's clock, not a trick.
      expect((await hs256.authenticate(bearer(await tokenFor(HOUR, nowSeconds() + 2)))).kind).toBe('curator');
    });

    it('by an iat longer ago than the maximum, though exp is still ahead', async () => {
      // jose's own age check answers before the lifetime is compared.
      const twoDaysAgo = nowSeconds() - 48 * HOUR;
      const token = await sign({ ...testClaims, sub: 'alice', iat: twoDaysAgo, exp: twoDaysAgo + 72 * HOUR }, 'HS256', secretKey);
      expect(await refusalOf(hs256, bearer(token))).toBe(
        'the token was issued more than 24 hours ago, longer than this server lets a token live',
      );
    });
  });

  it.each(['Basic x', 'Bearer', 'Bearer ', 'Bearer a b', 'Token abc'])('refuses the malformed header %p', async (header) => {
    expect(await refusalOf(hs256, header)).toBe("Authorization must be 'Bearer <token>'");
  });

  it('reads the Bearer scheme case-insensitively and refuses a token that is not a JWT', async () => {
    expect((await hs256.authenticate(`bearer ${await viewerToken(TEST_JWT_SECRET)}`)).kind).toBe('curator');
    expect(await refusalOf(hs256, 'Bearer not.a.jwt')).toBe('the token is not a well-formed JWT');
  });
});

describe('createAuthenticator with a public key', () => {
  const rsa = rsaKeyPair();
  const rs256 = createAuthenticator(loadConfig({ AUTH_JWT_PUBLIC_KEY: oneLine(rsa.publicKeyPem) }).auth);
  const claims = () => ({ sub: 'carol', roles: ['editor'], iat: nowSeconds(), exp: inAnHour() });

  it('accepts an RS256 token signed with the matching private key', async () => {
    const token = await sign(claims(), 'RS256', rsa.privateKey);
    expect(await rs256.authenticate(bearer(token))).toEqual({ kind: 'curator', curator: { id: 'carol', roles: ['editor'] } });
  });

  it('accepts an ES256 token signed with the matching P-256 key', async () => {
    const ec = ecKeyPair();
    const es256 = createAuthenticator(loadConfig({ AUTH_JWT_PUBLIC_KEY: ec.publicKeyPem }).auth);
    const token = await sign(claims(), 'ES256', ec.privateKey);
    expect(await es256.authenticate(bearer(token))).toMatchObject({ kind: 'curator', curator: { id: 'carol' } });
    expect(await refusalOf(rs256, bearer(token))).toBe('the token must be signed with RS256');
  });

  it('refuses an HS256 token whose HMAC key is the public key text (algorithm confusion)', async () => {
    const forged = await sign({ ...claims(), roles: ['admin'] }, 'HS256', new TextEncoder().encode(rsa.publicKeyPem));
    expect(await refusalOf(rs256, bearer(forged))).toBe('the token must be signed with RS256');
  });

  it('refuses an RS256 token signed with another key', async () => {
    const token = await sign(claims(), 'RS256', rsaKeyPair().privateKey);
    expect(await refusalOf(rs256, bearer(token))).toBe("the token's signature does not verify");
  });
});

function thrownBy(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError');
}

const curator = (...roles: ('editor' | 'admin')[]): Authentication => ({ kind: 'curator', curator: { id: 'dana', roles } });
const unauthenticated = { code: 'UNAUTHENTICATED', http: { status: 401 } };
const forbidden = { code: 'FORBIDDEN', http: { status: 403 } };

describe('requireRole', () => {
  it('refuses a viewer with FORBIDDEN (403), naming the role needed', () => {
    const error = thrownBy(() => requireRole(curator(), 'editor', 'record a membership'));
    expect(error.extensions).toEqual(forbidden);
    expect(error.message).toContain('editor role is needed to record a membership');
  });

  it('lets an editor write but not do what needs admin', () => {
    expect(requireRole(curator('editor'), 'editor', 'record a membership')).toEqual({ id: 'dana', roles: ['editor'] });
    const error = thrownBy(() => requireRole(curator('editor'), 'admin', 'delete a fact'));
    expect(error.extensions).toEqual(forbidden);
    expect(error.message).toContain('admin role is needed to delete a fact');
  });

  it('lets an admin do both, since admin implies editor', async () => {
    const token = await mintToken({ secret: TEST_JWT_SECRET, roles: ['admin'] });
    const admin = await hs256.authenticate(bearer(token));
    expect(requireRole(admin, 'editor', 'record a membership').id).toBe('test-curator');
    expect(requireRole(admin, 'admin', 'revert a change').id).toBe('test-curator');
  });

  it('asks an anonymous caller for a bearer token (401)', () => {
    const error = thrownBy(() => requireRole({ kind: 'anonymous' }, 'editor', 'record a membership'));
    expect(error.extensions).toEqual(unauthenticated);
    expect(error.message).toMatch(/bearer token .* needed to record a membership/);
  });

  it('says why a token was refused (401)', async () => {
    const expired = await hs256.authenticate(bearer(await expiredToken(TEST_JWT_SECRET, ['admin'])));
    const error = thrownBy(() => requireRole(expired, 'admin', 'delete a fact'));
    expect(error.extensions).toEqual(unauthenticated);
    expect(error.message).toContain('the token has expired');
  });

  it('says that writes are not configured when the server has no key, whatever token is sent', async () => {
    const keyless = createAuthenticator(loadConfig({}).auth);
    expect(keyless.writesEnabled).toBe(false);
    const goodElsewhere = await mintToken({ secret: TEST_JWT_SECRET, roles: ['admin'] });
    for (const header of [undefined, bearer(goodElsewhere)]) {
      const authentication = await keyless.authenticate(header);
      expect(requireReader(authentication, true)).toBeUndefined();
      const error = thrownBy(() => requireRole(authentication, 'editor', 'record a membership'));
      expect(error.extensions).toEqual(unauthenticated);
      expect(error.message).toMatch(/writes are not configured/i);
    }
  });
});

describe('requireReader', () => {
  const invalid: Authentication = { kind: 'invalid', reason: 'the token has expired' };

  it('with public reads, lets anonymous callers and curators read but refuses a bad token', () => {
    expect(requireReader({ kind: 'anonymous' }, true)).toBeUndefined();
    expect(requireReader(curator(), true)).toEqual({ id: 'dana', roles: [] });
    const error = thrownBy(() => requireReader(invalid, true));
    expect(error.extensions).toEqual(unauthenticated);
    expect(error.message).toContain('the token has expired');
  });

  it('with private reads, lets only curators read', () => {
    expect(requireReader(curator(), false)).toEqual({ id: 'dana', roles: [] });
    expect(thrownBy(() => requireReader({ kind: 'anonymous' }, false)).extensions).toEqual(unauthenticated);
    expect(thrownBy(() => requireReader(invalid, false)).extensions).toEqual(unauthenticated);
  });
});
