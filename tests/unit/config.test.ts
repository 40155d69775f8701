import { ConfigError, loadConfig } from '../../src/config';
import { ecKeyPair, oneLine, rsaKeyPair } from '../helpers/keys';

describe('loadConfig', () => {
  it('uses the managed local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.local.boltPort).toBe(7687);
    expect(config.graphql.introspection).toBe(true);
  });

  it('lists every problem at once, naming each variable', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://db:7474', GRAPHQL_INTROSPECTION: 'maybe', NEO4J_LOCAL_HEAP: 'lots' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'NEO4J_URI', 'NEO4J_PASSWORD', 'GRAPHQL_INTROSPECTION', 'NEO4J_LOCAL_HEAP']) {
      expect(problems).toContain(name);
    }
    expect((caught as ConfigError).problems).toHaveLength(5);
  });

  it('accepts routing URIs for clusters and Aura', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('hides field suggestions in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.hideSuggestions).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).graphql.hideSuggestions).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_HIDE_SUGGESTIONS: 'false' }).graphql.hideSuggestions).toBe(false);
  });
});

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig: auth', () => {
  const secret = 'a-secret-of-at-least-thirty-two-bytes!';
  const rsa = rsaKeyPair();

  it('makes reads public and writes impossible when no key is set', () => {
    expect(loadConfig({}).auth).toEqual({ publicReads: true });
  });

  it('checks HS256 tokens with a secret, with issuer, audience and clock tolerance', () => {
    const env = {
      AUTH_JWT_SECRET: secret,
      AUTH_JWT_ISSUER: 'idp',
      AUTH_JWT_AUDIENCE: 'entente',
      AUTH_JWT_CLOCK_TOLERANCE_S: '30',
    };
    expect(loadConfig(env).auth).toEqual({
      publicReads: true,
      jwt: { algorithm: 'HS256', secret, issuer: 'idp', audience: 'entente', clockToleranceSeconds: 30 },
    });
    expect(loadConfig({ AUTH_JWT_SECRET: secret, AUTH_PUBLIC_READS: 'false' }).auth).toMatchObject({
      publicReads: false,
      jwt: { algorithm: 'HS256', clockToleranceSeconds: 5 },
    });
  });

  it('infers RS256 from an RSA key and ES256 from a P-256 key, reading \\n escapes as line breaks', () => {
    const rs256 = loadConfig({ AUTH_JWT_PUBLIC_KEY: oneLine(rsa.publicKeyPem) }).auth.jwt;
    expect(rs256).toEqual({ algorithm: 'RS256', publicKey: rsa.publicKeyPem.trim(), clockToleranceSeconds: 5 });
    const ec = ecKeyPair();
    const es256 = loadConfig({ AUTH_JWT_PUBLIC_KEY: oneLine(ec.publicKeyPem), AUTH_JWT_ALGORITHM: 'ES256' }).auth.jwt;
    expect(es256?.algorithm).toBe('ES256');
  });

  it('lists every auth problem at once', () => {
    const problems = problemsOf({
      AUTH_JWT_SECRET: 'too-short',
      AUTH_JWT_ALGORITHM: 'RS256',
      AUTH_JWT_CLOCK_TOLERANCE_S: '-1',
      AUTH_PUBLIC_READS: 'maybe',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_SECRET must be at least 32 bytes/);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_ALGORITHM is RS256, but AUTH_JWT_SECRET is an HMAC secret/);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_CLOCK_TOLERANCE_S/);
    expect(problems.join('\n')).toMatch(/AUTH_PUBLIC_READS/);
  });

  it('refuses a secret and a public key together', () => {
    expect(problemsOf({ AUTH_JWT_SECRET: secret, AUTH_JWT_PUBLIC_KEY: oneLine(rsa.publicKeyPem) })).toEqual([
      expect.stringContaining('AUTH_JWT_SECRET and AUTH_JWT_PUBLIC_KEY are both set'),
    ]);
  });

  it('refuses what is not a usable PEM public key', () => {
    const privateKeyPem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: privateKeyPem })).toEqual([expect.stringContaining('must be a PEM public key')]);
    const garbled = '-----BEGIN PUBLIC KEY-----\\nbm90IGEga2V5\\n-----END PUBLIC KEY-----';
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: garbled })).toEqual([expect.stringContaining('is not a valid PEM public key')]);
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: ecKeyPair('P-384').publicKeyPem })).toEqual([
      expect.stringContaining('must be an RSA key (RS256) or a P-256 EC key (ES256), got an EC secp384r1 key'),
    ]);
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: rsaKeyPair(1024).publicKeyPem })).toEqual([
      expect.stringContaining('1024-bit RSA key; RS256 needs at least 2048 bits'),
    ]);
  });

  it('refuses an algorithm that does not match the key, naming both', () => {
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: rsa.publicKeyPem, AUTH_JWT_ALGORITHM: 'ES256' })).toEqual([
      'AUTH_JWT_ALGORITHM is ES256, but AUTH_JWT_PUBLIC_KEY is an RSA key, which verifies RS256',
    ]);
    // An algorithm outside the list is one problem, not also a mismatch against a made-up default.
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: rsa.publicKeyPem, AUTH_JWT_ALGORITHM: 'none' })).toEqual([
      'AUTH_JWT_ALGORITHM must be one of HS256, RS256, ES256, got "none"',
    ]);
  });

  it('refuses private reads, or an algorithm, without a key to check tokens with', () => {
    expect(problemsOf({ AUTH_PUBLIC_READS: 'false' })).toEqual([
      expect.stringContaining('AUTH_PUBLIC_READS=false needs AUTH_JWT_SECRET'),
    ]);
    expect(problemsOf({ AUTH_JWT_ALGORITHM: 'HS256' })).toEqual([
      expect.stringContaining('AUTH_JWT_ALGORITHM is HS256 but there is no key'),
    ]);
  });
});
