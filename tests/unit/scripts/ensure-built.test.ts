import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Plain JavaScript, run before anything is compiled: required, not imported.
const { staleness } = require('../../../scripts/ensure-built.js') as {
  staleness: (root: string, inputs: string[], stamp: string) => string | null;
};

describe('ensure-built: build only when an input changed', () => {
  let root: string;
  const stamp = () => path.join(root, 'dist', '.built-from');
  const touch = (relative: string, at: number) => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, at / 1000, at / 1000);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'entente-build-'));
    touch('src/main.ts', 1_000_000);
    touch('schema/state.graphql', 2_000_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build yet', () => {
    expect(staleness(root, ['src', 'schema'], stamp())).toBe('no build yet');
  });

  it('does not build when every input is older than the last build', () => {
    touch('dist/.built-from', 0);
    writeFileSync(stamp(), '3000000');
    expect(staleness(root, ['src', 'schema'], stamp())).toBeNull();
  });

  it('builds when a file changed after the build started, and names it', () => {
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(stamp(), '1500000');
    expect(staleness(root, ['src', 'schema'], stamp())).toBe(
      `${path.join('schema', 'state.graphql')} changed since the last build`,
    );
  });

  it('ignores the generated types the build writes itself', () => {
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(stamp(), '3000000');
    touch('src/graphql/generated/resolvers-types.ts', 9_000_000);
    expect(staleness(root, ['src', 'schema'], stamp())).toBeNull();
  });
});
