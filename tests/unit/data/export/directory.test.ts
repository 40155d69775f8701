import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExportRefused, writeExportDirectory } from '../../../../src/data/export/directory';
import { DATA_DIR } from '../../../../src/data/validate';

describe('writing an export into a directory', () => {
  let dir: string;
  const files = [
    { path: 'states.yaml', text: '[]\n' },
    { path: 'alliances/nato.yaml', text: 'id: nato\n' },
  ];
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-export-dir-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the directory and its folders', () => {
    const target = path.join(dir, 'new', 'export');
    expect(writeExportDirectory(target, files, { force: false })).toEqual([]);
    expect(readFileSync(path.join(target, 'alliances', 'nato.yaml'), 'utf8')).toBe('id: nato\n');
  });

  it('refuses a directory that holds anything, unless forced', () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => writeExportDirectory(dir, files, { force: false })).toThrow(ExportRefused);
    expect(existsSync(path.join(dir, 'states.yaml'))).toBe(false);
  });

  it('when forced, removes the curated files of entities that are gone and keeps everything else', () => {
    mkdirSync(path.join(dir, 'alliances'));
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'alliances', 'gone.yaml'), 'id: gone\n');
    writeFileSync(path.join(dir, 'sources', 'old.yaml'), '[]\n');
    writeFileSync(path.join(dir, 'alliances', 'README.md'), 'kept');
    writeFileSync(path.join(dir, 'README.md'), 'kept');
    expect(writeExportDirectory(dir, files, { force: true })).toEqual(['alliances/gone.yaml', 'sources/old.yaml']);
    expect(existsSync(path.join(dir, 'alliances', 'gone.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('kept');
    expect(readFileSync(path.join(dir, 'alliances', 'README.md'), 'utf8')).toBe('kept');
    expect(readFileSync(path.join(dir, 'states.yaml'), 'utf8')).toBe('[]\n');
  });

  it('never writes into data/ unasked: data/ is not empty, and a folder inside it is refused even when forced', () => {
    expect(() => writeExportDirectory(DATA_DIR, files, { force: false })).toThrow(/not empty/);
    const inside = path.join(DATA_DIR, 'test-export-never-written');
    expect(() => writeExportDirectory(inside, files, { force: true })).toThrow(/inside data\//);
    expect(existsSync(inside)).toBe(false);
  });
});
