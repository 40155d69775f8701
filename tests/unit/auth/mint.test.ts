import { decodeJwt } from 'jose';
import { createAuthenticator } from '../../../src/auth';
import { mintCuratorToken } from '../../../src/auth/mint';
import { parseMintArgs } from '../../../src/auth/mint-args';
import { loadConfig } from '../../../src/config';
import { ecKeyPair } from '../../helpers/keys';
import { TEST_AUTH_ENV, TEST_JWT_SECRET } from '../../helpers/tokens';

describe('mintCuratorToken', () => {
  const auth = loadConfig(TEST_AUTH_ENV).auth;

  it('mints a token the server accepts, carrying its issuer and audience, valid for the hours asked', async () => {
    const now = new Date();
    const token = await mintCuratorToken(auth, { sub: 'alice', roles: ['admin'], hours: 8 }, now);
    const authentication = await createAuthenticator(auth).authenticate(`Bearer ${token}`);
    expect(authentication).toEqual({ kind: 'curator', curator: { id: 'alice', roles: ['editor', 'admin'] } });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ aud: 'entente-test', iss: 'entente-test-issuer' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(8 * 3600);
  });

  it('refuses a lifetime longer than the server accepts (AUTH_JWT_MAX_LIFETIME_H), so it never mints a token it would refuse', async () => {
    await expect(mintCuratorToken(auth, { sub: 'alice', roles: [], hours: 24.5 })).rejects.toThrow(
      '--hours 24.5 is longer than the 24 hours the server accepts (AUTH_JWT_MAX_LIFETIME_H): ask for fewer',
    );
    const weekly = loadConfig({ ...TEST_AUTH_ENV, AUTH_JWT_MAX_LIFETIME_H: '168' }).auth;
    const token = await mintCuratorToken(weekly, { sub: 'alice', roles: [], hours: 168 });
    expect((await createAuthenticator(weekly).authenticate(`Bearer ${token}`)).kind).toBe('curator');
    await expect(mintCuratorToken(weekly, { sub: 'alice', roles: [], hours: 169 })).rejects.toThrow(/longer than the 168 hours/);
  });

  it.each([
    ['a control character', 'alice\u001b[2J', /--sub must not contain control/],
    ['a line separator', 'alice\u2028bob', /--sub must not contain control, line-separator/],
    ['a bidirectional override', '\u202ealice', /bidirectional-override/],
    ['10 KB', 'a'.repeat(10_240), /--sub must be at most 200 characters, got 10240/],
    ['nothing', '', /--sub must name the curator/],
  ])('refuses to mint for a sub with %s', async (_what, sub, message) => {
    await expect(mintCuratorToken(auth, { sub, roles: ['admin'], hours: 1 })).rejects.toThrow(message);
  });

  it('refuses when the server checks tokens with a public key', async () => {
    const publicKeyAuth = loadConfig({ AUTH_JWT_PUBLIC_KEY: ecKeyPair().publicKeyPem }).auth;
    await expect(mintCuratorToken(publicKeyAuth, { sub: 'alice', roles: [], hours: 1 })).rejects.toThrow(/identity provider/);
  });

  it('refuses when no secret is set', async () => {
    await expect(mintCuratorToken(loadConfig({}).auth, { sub: 'alice', roles: [], hours: 1 })).rejects.toThrow(
      /AUTH_JWT_SECRET is not set/,
    );
    expect(TEST_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });
});

describe('parseMintArgs', () => {
  it('reads the curator, comma-separated roles and hours (default 8)', () => {
    expect(parseMintArgs(['--sub', 'alice', '--roles', 'editor, admin', '--hours', '2'])).toEqual({
      sub: 'alice',
      roles: ['editor', 'admin'],
      hours: 2,
    });
    expect(parseMintArgs(['--sub', 'bob'])).toEqual({ sub: 'bob', roles: [], hours: 8 });
  });

  it('lists every problem with the usage line', () => {
    expect(() => parseMintArgs(['--roles', 'owner', '--hours', '0'])).toThrow(
      /--sub must name the curator\n--roles may hold editor and admin only, got owner\n--hours must be .*\nusage: npm run token/,
    );
    expect(() => parseMintArgs(['--sub', 'alice', '--role', 'editor'])).toThrow(/'--role'[\s\S]*usage: npm run token/);
  });

  it('refuses a sub no audit record should name, as the server would', () => {
    expect(() => parseMintArgs(['--sub', 'alice\nadmin'])).toThrow(
      /^--sub must not contain control, line-separator or bidirectional-override characters\nusage: npm run token/,
    );
    expect(() => parseMintArgs(['--sub', 'x'.repeat(201)])).toThrow(/--sub must be at most 200 characters, got 201/);
    // Spaces around it are the shell's, not the name's.
    expect(parseMintArgs(['--sub', ' alice '])).toMatchObject({ sub: 'alice' });
  });
});
