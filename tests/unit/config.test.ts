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
      AUTH_JWT_MAX_LIFETIME_H: '168',
    };
    expect(loadConfig(env).auth).toEqual({
      publicReads: true,
      jwt: {
        algorithm: 'HS256',
        secret,
        issuer: 'idp',
        audience: 'entente',
        clockToleranceSeconds: 30,
        maxLifetimeSeconds: 168 * 3600,
      },
    });
    expect(loadConfig({ AUTH_JWT_SECRET: secret, AUTH_PUBLIC_READS: 'false' }).auth).toMatchObject({
      publicReads: false,
      jwt: { algorithm: 'HS256', clockToleranceSeconds: 5, maxLifetimeSeconds: 24 * 3600 },
    });
  });

  it('infers RS256 from an RSA key and ES256 from a P-256 key, reading \\n escapes as line breaks', () => {
    const rs256 = loadConfig({ AUTH_JWT_PUBLIC_KEY: oneLine(rsa.publicKeyPem) }).auth.jwt;
    expect(rs256).toEqual({
      algorithm: 'RS256',
      publicKey: rsa.publicKeyPem.trim(),
      clockToleranceSeconds: 5,
      maxLifetimeSeconds: 24 * 3600,
    });
    const ec = ecKeyPair();
    const es256 = loadConfig({ AUTH_JWT_PUBLIC_KEY: oneLine(ec.publicKeyPem), AUTH_JWT_ALGORITHM: 'ES256' }).auth.jwt;
    expect(es256?.algorithm).toBe('ES256');
  });

  it('lists every auth problem at once', () => {
    const problems = problemsOf({
      AUTH_JWT_SECRET: 'too-short',
      AUTH_JWT_ALGORITHM: 'RS256',
      AUTH_JWT_CLOCK_TOLERANCE_S: '-1',
      AUTH_JWT_MAX_LIFETIME_H: '0',
      AUTH_PUBLIC_READS: 'maybe',
    });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_SECRET must be at least 32 bytes/);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_ALGORITHM is RS256, but AUTH_JWT_SECRET is an HMAC secret/);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_CLOCK_TOLERANCE_S/);
    expect(problems.join('\n')).toMatch(/AUTH_JWT_MAX_LIFETIME_H must be a whole decimal number from 1 to 8784/);
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

describe('loadConfig: whole numbers', () => {
  it.each(['0x1F', '1e3', ' 12', '12 ', '12.0', '-1', '+12', '1_000', 'Infinity'])(
    'refuses %j for an integer setting, naming the variable and the form expected',
    (raw) => {
      expect(problemsOf({ PORT: raw, NEO4J_QUERY_TIMEOUT_MS: raw })).toEqual([
        `PORT must be a whole decimal number from 0 to 65535 (digits only), got "${raw}"`,
        `NEO4J_QUERY_TIMEOUT_MS must be a whole decimal number from 100 to 600000 (digits only), got "${raw}"`,
      ]);
    },
  );

  it('takes digits, and an empty value as unset', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_QUERY_TIMEOUT_MS: '2500', GRAPHQL_MAX_DEPTH: '   ' });
    expect(config.port).toBe(8080);
    expect(config.neo4j.queryTimeoutMs).toBe(2500);
    expect(config.graphql.maxDepth).toBe(12);
  });
});

describe('loadConfig: memory sizes for the managed Neo4j', () => {
  // What -Xms/-Xmx accept (java -X: "<size>": digits and an optional k, m or g), which neo4j.conf accepts too.
  const JVM_SIZE = /^[0-9]+[kKmMgG]?$/;

  it.each([
    ['512mb', '512m'],
    ['1gb', '1g'],
    ['1GB', '1g'],
    ['2g', '2g'],
    ['768m', '768m'],
    ['768M', '768m'],
    ['1GiB', '1g'],
    ['2048kb', '2048k'],
  ])('reads %s as %s', (raw, size) => {
    const config = loadConfig({ NEO4J_LOCAL_HEAP: raw, NEO4J_LOCAL_PAGECACHE: raw, NEO4J_LOCAL_TX_MEMORY_MAX: raw });
    expect(config.local).toMatchObject({ heap: size, pageCache: size, transactionMemoryMax: size });
    expect(size).toMatch(JVM_SIZE);
  });

  it.each(['512', '1.5g', '0m', '-1g', '1 g', '1tb', '512mbb', 'g', 'lots', '2000g'])(
    'refuses %j, naming the variable',
    (raw) => {
      const problems = problemsOf({ NEO4J_LOCAL_HEAP: raw, NEO4J_LOCAL_PAGECACHE: raw, NEO4J_LOCAL_TX_MEMORY_MAX: raw });
      expect(problems).toEqual(
        ['NEO4J_LOCAL_HEAP', 'NEO4J_LOCAL_PAGECACHE', 'NEO4J_LOCAL_TX_MEMORY_MAX'].map(
          (name) =>
            `${name} must be a whole number of kilobytes, megabytes or gigabytes above 0, such as 512m, 768mb or 1g, got "${raw}"`,
        ),
      );
    },
  );
});

describe('loadConfig: NEO4J_LOCAL_INSTANCE', () => {
  it.each(['app', 'test', 'test-2', 'bench_1', 'v5.26'])('takes %s as a folder of NEO4J_LOCAL_HOME', (name) => {
    const config = loadConfig({ NEO4J_LOCAL_HOME: '/srv/neo4j', NEO4J_LOCAL_INSTANCE: name });
    expect(config.local.homeDir).toBe(`/srv/neo4j/${name}`);
  });

  it.each(['../x', '/abs', 'a/../../b', 'a/b', '.', '..', '..\\x', '-app', 'a b'])(
    'refuses %j, which is not one folder inside NEO4J_LOCAL_HOME',
    (name) => {
      expect(problemsOf({ NEO4J_LOCAL_HOME: '/srv/neo4j', NEO4J_LOCAL_INSTANCE: name })).toEqual([
        `NEO4J_LOCAL_INSTANCE must be a plain folder name (letters, digits, ".", "_" or "-", such as app or test), got "${name}"`,
      ]);
    },
  );
});

it('reports a bad number, size and instance together', () => {
  const problems = problemsOf({ PORT: '0x1F', NEO4J_LOCAL_HEAP: '1.5g', NEO4J_LOCAL_INSTANCE: '../app' });
  expect(problems.map((problem) => problem.split(' ')[0])).toEqual(['PORT', 'NEO4J_LOCAL_INSTANCE', 'NEO4J_LOCAL_HEAP']);
});
