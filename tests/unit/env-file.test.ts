import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnvFile } from '../../src/env-file';

describe('loadEnvFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-env-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.ENV_FILE;
  });

  it('sets what the file says, comments and inline comments left out, as .env.example writes them', () => {
    const file = path.join(dir, '.env');
    writeFileSync(
      file,
      '# the port\nPORT=5000          # GraphQL here\nCORS_ORIGINS=\n# NEO4J_URI=bolt://elsewhere\nLOG_LEVEL="debug"\n',
    );
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(file, env).sort()).toEqual(['CORS_ORIGINS', 'LOG_LEVEL', 'PORT']);
    expect(env).toEqual({ PORT: '5000', CORS_ORIGINS: '', LOG_LEVEL: 'debug' });
  });

  it('lets the environment win over the file', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, 'PORT=5000\nHOST=0.0.0.0\n');
    const env: NodeJS.ProcessEnv = { PORT: '6000' };
    expect(loadEnvFile(file, env)).toEqual(['HOST']);
    expect(env.PORT).toBe('6000');
  });

  it('does without a .env file, but not without one ENV_FILE names', () => {
    expect(loadEnvFile(path.join(dir, 'absent.env'), {})).toEqual([]);
    process.env.ENV_FILE = path.join(dir, 'named.env');
    expect(() => loadEnvFile(process.env.ENV_FILE, {})).toThrow(/ENV_FILE names .*named\.env, which does not exist/);
  });
});
