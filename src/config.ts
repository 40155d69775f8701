import path from 'node:path';
import { readAuthConfig, type JwtAlgorithm } from './auth/jwt-config';
import { fromRoot } from './paths';

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** json: one JSON object a line; pretty: for a person; auto: pretty when stdout is a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  neo4j: {
    /** Absent: Entente provisions and runs its own server (`local`). */
    uri?: string;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    maxRetryTimeMs: number;
    poolSize: number;
  };
  local: {
    cacheDir: string;
    homeDir: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    transactionTimeout: string;
    transactionMemoryMax: string;
    startTimeoutMs: number;
    /** After the server exits unasked: attempts in a row, then the app exits for an outer supervisor. */
    restarts: { maxAttempts: number; initialDelayMs: number; maxDelayMs: number };
  };
  graphql: {
    introspection: boolean;
    /** GraphiQL at GET /graphql: on where only this machine can reach it, off elsewhere unless asked for. */
    playground: boolean;
    hideSuggestions: boolean;
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    /** From this cost on a query waits for one of `expensiveConcurrency` slots. */
    expensiveCost: number;
    expensiveConcurrency: number;
    expensiveWaitMs: number;
    /** Every statement a request runs shares this budget. */
    requestDeadlineMs: number;
    responseLimit: string;
    bodyLimit: string;
    /** Seconds an answer may be reused where the schema sets no @cacheControl hint (0: never). */
    cacheMaxAgeSeconds: number;
  };
  corsOrigins: string[];
  seedOnStart: boolean;
  /** Off: every relation field loads through its DataLoader, as before the planner (kept to compare answers). */
  readPlanner: boolean;
  auth: {
    publicReads: boolean;
    /** Absent: no key to check curators' tokens with, so every write is refused. */
    jwt?: {
      algorithm: JwtAlgorithm;
      secret?: string;
      publicKey?: string;
      issuer?: string;
      audience?: string;
      clockToleranceSeconds: number;
      /** AUTH_JWT_MAX_LIFETIME_H: the longest exp − iat a token may have, and the oldest its iat may be. */
      maxLifetimeSeconds: number;
    };
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads the environment once and reports every problem together, not the first one alone. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const uri = read.optional('NEO4J_URI');
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    problems.push(`NEO4J_URI must be a bolt:// or neo4j:// URI (optionally +s or +ssc), got "${uri}"`);
  }
  const password = read.optional('NEO4J_PASSWORD');
  if (uri && !password) problems.push('NEO4J_PASSWORD is required when NEO4J_URI points at your own server');
  const localHome = read.string('NEO4J_LOCAL_HOME', fromRoot('.neo4j'));

  const config: Config = {
    env: nodeEnv,
    host: read.string('HOST', '127.0.0.1'),
    port: read.int('PORT', 4000, 0, 65535),
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    logFormat: read.oneOf('LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto'),
    neo4j: {
      ...(uri ? { uri } : {}),
      user: read.string('NEO4J_USER', 'neo4j'),
      password: password ?? '',
      database: read.string('NEO4J_DATABASE', 'neo4j'),
      queryTimeoutMs: read.int('NEO4J_QUERY_TIMEOUT_MS', 5000, 100, 600_000),
      maxRetryTimeMs: read.int('NEO4J_MAX_RETRY_MS', 3000, 0, 60_000),
      poolSize: read.int('NEO4J_POOL_SIZE', 50, 1, 1000),
    },
    local: {
      cacheDir: localHome,
      homeDir: path.join(localHome, read.folderName('NEO4J_LOCAL_INSTANCE', 'app')),
      boltPort: read.int('NEO4J_LOCAL_PORT', 7687, 1, 65535),
      heap: read.neo4jMemory('NEO4J_LOCAL_HEAP', '1g'),
      pageCache: read.neo4jMemory('NEO4J_LOCAL_PAGECACHE', '256m'),
      transactionTimeout: `${read.int('NEO4J_LOCAL_TX_TIMEOUT_S', 30, 1, 3600)}s`,
      transactionMemoryMax: read.neo4jMemory('NEO4J_LOCAL_TX_MEMORY_MAX', '256m'),
      startTimeoutMs: read.int('NEO4J_LOCAL_START_TIMEOUT_MS', 180_000, 5000, 1_800_000),
      restarts: {
        maxAttempts: read.int('NEO4J_LOCAL_RESTART_ATTEMPTS', 5, 0, 100),
        initialDelayMs: read.int('NEO4J_LOCAL_RESTART_DELAY_MS', 1000, 10, 600_000),
        maxDelayMs: read.int('NEO4J_LOCAL_RESTART_MAX_DELAY_MS', 30_000, 10, 3_600_000),
      },
    },
    graphql: {
      introspection: read.bool('GRAPHQL_INTROSPECTION', true),
      playground: read.bool('PLAYGROUND', isLoopback(read.string('HOST', '127.0.0.1'))),
      hideSuggestions: read.bool('GRAPHQL_HIDE_SUGGESTIONS', nodeEnv === 'production'),
      maxDepth: read.int('GRAPHQL_MAX_DEPTH', 12, 1, 100),
      maxAliases: read.int('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxDirectives: read.int('GRAPHQL_MAX_DIRECTIVES', 5, 0, 1000),
      maxTokens: read.int('GRAPHQL_MAX_TOKENS', 500, 10, 100_000),
      maxCost: read.int('GRAPHQL_MAX_COST', 300_000, 10, 100_000_000),
      expensiveCost: read.int('GRAPHQL_EXPENSIVE_COST', 50_000, 1, 100_000_000),
      expensiveConcurrency: read.int('GRAPHQL_EXPENSIVE_CONCURRENCY', 2, 1, 64),
      expensiveWaitMs: read.int('GRAPHQL_EXPENSIVE_WAIT_MS', 2_000, 0, 60_000),
      requestDeadlineMs: read.int('REQUEST_DEADLINE_MS', 8_000, 100, 600_000),
      responseLimit: read.memory('GRAPHQL_RESPONSE_LIMIT', '8mb'),
      bodyLimit: read.memory('GRAPHQL_BODY_LIMIT', '100kb'),
      cacheMaxAgeSeconds: read.int('CACHE_MAX_AGE_SECONDS', 60, 0, 86_400),
    },
    corsOrigins: (read.optional('CORS_ORIGINS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seedOnStart: read.bool('SEED_ON_START', true),
    readPlanner: read.bool('READ_PLANNER', true),
    auth: readAuthConfig(read, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A deployed service listens beyond loopback (HOST=0.0.0.0 in the image); a person's machine does not. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

const MAX_MEMORY_BYTES = 2 ** 40;
const MEMORY_UNITS: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/**
 * "512mb", "1GB", "1GiB" or "768m" as "512m", "1g", "1g" and "768m": the JVM takes only digits
 * and one of k, m or g (`-Xmx512mb` stops it before it starts), and neo4j.conf takes that too.
 * Bare numbers are refused: the JVM reads them as bytes, which no one means for a heap.
 */
export function neo4jMemorySize(text: string): string | undefined {
  const match = /^([0-9]+)(k|m|g)(?:i?b)?$/i.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] as string).toLowerCase();
  if (amount <= 0 || amount * (MEMORY_UNITS[unit] as number) > MAX_MEMORY_BYTES) return undefined;
  return `${amount}${unit}`;
}

export class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optional(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  /** Digits only: Number() would also take " 12", "0x1F", "1e3" and "12.0" for 12, 31, 1000 and 12. */
  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= min && value <= max)) {
      this.problems.push(`${name} must be a whole decimal number from ${min} to ${max} (digits only), got "${raw}"`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  memory(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^\d+(k|kb|m|mb|g|gb)?$/i.test(raw)) {
      this.problems.push(`${name} must be a size such as 512m or 1g, got "${raw}"`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  /** A size for the JVM's -Xms/-Xmx and neo4j.conf alike, normalised to the form both accept. */
  neo4jMemory(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const size = neo4jMemorySize(raw);
    if (size === undefined) {
      this.problems.push(
        `${name} must be a whole number of kilobytes, megabytes or gigabytes above 0, such as 512m, 768mb or 1g, got "${raw}"`,
      );
      return fallback;
    }
    return size;
  }

  /** One folder inside another: no separators, no "." or "..", nothing that leads elsewhere. */
  folderName(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(raw)) {
      this.problems.push(
        `${name} must be a plain folder name (letters, digits, ".", "_" or "-", such as app or test), got "${raw}"`,
      );
      return fallback;
    }
    return raw;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  /** Like oneOf, but an unset or invalid value is undefined, so that later checks don't compare against a made-up fallback. */
  optionalOneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return undefined;
    }
    return raw as T;
  }
}
