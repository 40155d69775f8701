import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataProblems } from '../../../src/data/problems';
import { DATA_DIR, validateCuratedData } from '../../../src/data/validate';
import { readCuratedDate } from '../../../src/data/dates';

describe('the curated data', () => {
  it('is valid as shipped', () => {
    const dataset = validateCuratedData();
    expect(dataset.nodes.State.length).toBeGreaterThanOrEqual(195);
    expect(dataset.relationships.MEMBER_OF.length).toBeGreaterThan(400);
  });

  it('gives every node and every relationship at least one source', () => {
    const dataset = validateCuratedData();
    for (const rows of Object.values(dataset.nodes))
      for (const row of rows) expect((row.props.sourceIds as string[]).length).toBeGreaterThan(0);
    for (const rows of Object.values(dataset.relationships))
      for (const row of rows) expect((row.props.sourceIds as string[]).length).toBeGreaterThan(0);
  });

  it('includes every current UN member state', () => {
    const members = validateCuratedData().nodes.State.filter((s) => s.props.unStatus === 'MEMBER');
    expect(members).toHaveLength(193);
  });
});

describe('a broken data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, from: string, to: string): void => {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
    writeFileSync(full, text.replace(from, to));
  };

  it('reports every problem at once, each with file, path and reason', () => {
    edit('alliances/nato.yaml', '{ state: EST, from: 2004-03-29', '{ state: XXX, from: 2004-03-29'); // unknown state id
    edit('alliances/nato.yaml', '{ state: TUR, from: 1952-02-18', '{ state: TUR, from: 1952-02-18, until: 1950-01-01'); // until before from
    edit('alliances/nato.yaml', '{ state: GRC, from: 1952-02-18', '{ state: FRA, from: 1952-02-18'); // overlaps France's founding membership
    edit('alliances/warsaw-pact.yaml', 'kind: MILITARY_ALLIANCE', 'kind: MILITARY_CLUB'); // unknown enum
    edit(
      'alliances/nato.yaml',
      '{ state: ESP, from: 1982-05-30, sourceIds: [nato-update-1982] }',
      '{ state: ESP, from: 1982-05-30, sourceIds: [] }',
    ); // missing source

    let caught: unknown;
    try {
      validateCuratedData(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataProblems);
    const problems = (caught as DataProblems).problems;
    const text = problems.map((p) => `${p.file} ${p.path} ${p.reason}`).join('\n');
    expect(text).toMatch(/alliances\/nato\.yaml members\[\d+\]\.state unknown state id "XXX"/);
    expect(text).toMatch(/alliances\/nato\.yaml members\[\d+\]\.until until 1950-01-01 is not after from 1952-02-18/);
    expect(text).toMatch(/alliances\/nato\.yaml members\[\d+\] membership period .* of FRA and nato overlaps/);
    expect(text).toMatch(/alliances\/warsaw-pact\.yaml kind .*MILITARY_CLUB/);
    expect(text).toMatch(/alliances\/nato\.yaml members\[\d+\]\.sourceIds at least one source is required/);
    expect((caught as Error).message).toContain('nothing was written');
  });

  it('refuses a source id that no source file defines', () => {
    edit('alliances/nato.yaml', 'sourceIds: [nato-update-1982]', 'sourceIds: [no-such-source]');
    expect(() => validateCuratedData(dir)).toThrow(/unknown source id "no-such-source"/);
  });

  it('refuses a coalition that is not a wartime coalition, naming the row', () => {
    edit('conflicts/world-war-ii.yaml', '{ entity: GBR, side: Allies, coalition: allies-of-world-war-ii,', '{ entity: GBR, side: Allies, coalition: nato,');
    expect(() => validateCuratedData(dir)).toThrow(
      /conflicts\/world-war-ii\.yaml at participants\[\d+\]\.coalition: "nato" is a MILITARY_ALLIANCE, expected an alliance of kind WARTIME_COALITION/,
    );
  });

  it('stores a side’s wartime coalition on the participation', () => {
    const italy = validateCuratedData(dir).relationships.PARTICIPATED_IN.find((r) => r.start === 'ITA' && r.end === 'world-war-ii' && r.props.side === 'Axis');
    expect(italy?.props.coalitionId).toBe('axis-powers');
  });

  it('refuses the old role FOUNDING, saying what to write instead', () => {
    edit('alliances/nato.yaml', '{ state: USA, from: 1949-08-24, founding: true,', '{ state: USA, from: 1949-08-24, role: FOUNDING,');
    expect(() => validateCuratedData(dir)).toThrow(/nato\.yaml at members\[\d+\]\.role: FOUNDING is no longer a role: write founding: true/);
  });

  it('refuses a seat that is neither PERMANENT nor ELECTED', () => {
    edit('alliances/un-security-council.yaml', '{ state: USA, from: 1945-10-24, role: MEMBER, seat: PERMANENT,', '{ state: USA, from: 1945-10-24, role: MEMBER, seat: ROTATING,');
    expect(() => validateCuratedData(dir)).toThrow(/un-security-council\.yaml at members\[0\]\.seat: .*PERMANENT.*ELECTED/);
  });
});

describe('curated dates', () => {
  it.each([
    ['1949-04-04', '1949-04-04', 'DAY'],
    ['1882-05', '1882-05-01', 'MONTH'],
    [1882, '1882-01-01', 'YEAR'],
    [-480, '-0480-01-01', 'YEAR'],
    ['-0480-09-20', '-0480-09-20', 'DAY'],
  ])('reads %s as %s (%s)', (text, date, precision) => {
    expect(readCuratedDate(text)).toEqual({ date, precision });
  });

  it.each(['1949-02-30', 'spring 1949', '49'])('refuses %s', (text) => expect(readCuratedDate(text)).toBeUndefined());
});
