import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../../../src/paths';

/**
 * No Docker engine runs here, and hadolint is neither in npm nor in Debian's archive, so the image
 * and compose files are checked by reading them: hadolint's rules that matter for this image
 * (DL3006/DL3007 pinned bases, DL3002 not root, DL3020 COPY not ADD, DL3025 exec-form CMD), and
 * what issue 14 asks of them.
 */
interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const dockerfile = instructions(readFileSync(fromRoot('Dockerfile'), 'utf8'));
const stages = dockerfile.reduce<Instruction[][]>((all, instruction) => {
  if (instruction.keyword === 'FROM') all.push([]);
  all[all.length - 1]?.push(instruction);
  return all;
}, []);
const runtime = stages[stages.length - 1] ?? [];

describe('Dockerfile', () => {
  it('builds in one stage and runs from another, on a pinned, current LTS Node', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of dockerfile.filter((i) => i.keyword === 'FROM')) {
      const image = from.args.split(/\s+/)[0] as string;
      expect(image).toMatch(/^node:\d+-[a-z]+-slim$/);
      // Even majors are the LTS lines; 20 ended in April 2026.
      const major = Number(/^node:(\d+)/.exec(image)?.[1]);
      expect(major % 2).toBe(0);
      expect(major).toBeGreaterThanOrEqual(22);
    }
  });

  it('installs only production dependencies where it runs, and compiles nothing there', () => {
    const runs = runtime.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((run) => /npm ci\b.*--omit=dev/.test(run))).toBe(true);
    expect(runs.join(' ')).not.toMatch(/\btsc\b|npm run build|codegen/);
    expect(runtime.some((i) => i.keyword === 'COPY' && /--from=build .*dist/.test(i.args))).toBe(true);
  });

  it('runs as a user other than root, checks its own health and starts in exec form', () => {
    const users = runtime.filter((i) => i.keyword === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.find((i) => i.keyword === 'HEALTHCHECK')?.args).toMatch(/\/readyz/);
    expect(runtime.find((i) => i.keyword === 'CMD')?.args).toMatch(/^\[/);
    expect(dockerfile.filter((i) => i.keyword === 'ADD')).toEqual([]);
  });

  it('copies in everything the service reads at run time', () => {
    const copied = runtime.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    for (const needed of ['schema', 'cypher', 'data', 'src/http/playground'])
      expect(copied.some((args) => args.startsWith(`${needed} `))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const lines = readFileSync(fromRoot('.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  it('keeps secrets, dumps, the managed Neo4j and local builds out of the build context', () => {
    for (const kept of ['.env', '.env.*', 'export', 'backups', '*.dump', '.neo4j', 'node_modules', 'dist'])
      expect(lines).toContain(kept);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(fromRoot('docker-compose.yml'), 'utf8')) as {
    services: Record<string, { ports?: string[]; environment?: Record<string, string>; env_file?: { path: string }[] }>;
  };
  it('does not publish Neo4j on the host port the managed server uses', () => {
    const published = (compose.services.neo4j?.ports ?? []).map((port) => String(port).split(':').slice(-2)[0]);
    expect(published).not.toContain('7687');
  });

  it('passes every setting: the whole .env, and the ones a browser front end needs by name', () => {
    const api = compose.services.api;
    expect(api?.env_file?.map((file) => file.path)).toContain('.env');
    for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'CORS_ORIGINS', 'AUTH_JWT_SECRET', 'GRAPHQL_INTROSPECTION'])
      expect(Object.keys(api?.environment ?? {})).toContain(name);
  });

  it('publishes the API on loopback only', () => {
    for (const port of compose.services.api?.ports ?? []) expect(String(port)).toMatch(/^127\.0\.0\.1:/);
  });
});
