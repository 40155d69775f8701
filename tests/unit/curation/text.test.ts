import neo4j from 'neo4j-driver';
import { InputProblems } from '../../../src/curation/problems';
import { publicSnapshot, snapshotFromJson, snapshotToJson } from '../../../src/curation/snapshot';
import { checkNewId, cleanText, cleanTextList } from '../../../src/curation/text';
import { toNeo4jDate } from '../../../src/dates';

describe('cleanText', () => {
  const clean = (value: string | null | undefined, max = 10, multiLine = false) => {
    const problems = new InputProblems();
    return { value: cleanText(problems, 'input.name', value, max, multiLine), problems: problems.list.map((p) => p.message) };
  };

  it('trims, and passes undefined (not given) and null (clear it) through', () => {
    expect(clean('  Ruritania ')).toEqual({ value: 'Ruritania', problems: [] });
    expect(clean(undefined)).toEqual({ value: undefined, problems: [] });
    expect(clean(null)).toEqual({ value: null, problems: [] });
  });

  it('refuses empty text, and text over the limit counted in characters, not UTF-16 units', () => {
    expect(clean('   ').problems).toEqual(['must not be empty (send null to clear it)']);
    expect(clean('🛡️🛡️🛡️', 6)).toEqual({ value: '🛡️🛡️🛡️', problems: [] });
    expect(clean('x'.repeat(11)).problems).toEqual(['must be at most 10 characters, got 11']);
  });

  it('refuses control and bidirectional-override characters; notes may hold newlines and tabs', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u202Eb', 'a\u2066b', 'a\u0085b']) {
      expect(clean(bad).problems).toEqual(['must not contain control characters']);
    }
    expect(clean('one\ntwo').problems).toEqual(['must not contain control characters']);
    expect(clean('one\r\n\ttwo', 20, true)).toEqual({ value: 'one\n\ttwo', problems: [] });
  });

  it('checks every entry of a list and drops repeats', () => {
    const problems = new InputProblems();
    expect(cleanTextList(problems, 'input.aliases', ['A', ' A ', 'B'], 5, 10)).toEqual(['A', 'B']);
    expect(cleanTextList(problems, 'input.aliases', ['ok', ''], 5, 10)).toBeUndefined();
    expect(problems.list.map((p) => p.field)).toEqual(['input.aliases[1]']);
  });
});

describe('checkNewId', () => {
  const problemsFor = (id: string, forState: boolean) => {
    const problems = new InputProblems();
    checkNewId(problems, 'input.id', id, forState);
    return problems.list.length;
  };

  it('takes the loader’s formats: ISO alpha-3 or kebab-case for states, kebab-case for the rest', () => {
    expect(problemsFor('FRA', true)).toBe(0);
    expect(problemsFor('ottoman-empire', true)).toBe(0);
    expect(problemsFor('FRA', false)).toBe(1);
    expect(problemsFor('north-atlantic-treaty', false)).toBe(0);
    for (const bad of ['', 'Fr', 'a b', 'a--b', '-a', "x'})", 'x'.repeat(101)]) expect(problemsFor(bad, false)).toBe(1);
  });
});

describe('snapshots', () => {
  it('keep dates as dates and the version as an integer through JSON', () => {
    const properties = {
      id: 'x',
      from: toNeo4jDate('-0480-09-20'),
      fromPrecision: 'DAY',
      version: neo4j.int(3),
      aliases: ['a'],
      searchText: 'x | a',
    };
    const back = snapshotFromJson(snapshotToJson({ label: 'State', properties }));
    expect(back).toEqual({ label: 'State', properties, relationships: undefined });
    expect(neo4j.isDate(back?.properties.from)).toBe(true);
    expect(neo4j.isInt(back?.properties.version)).toBe(true);
  });

  it('are shown to clients as plain JSON, without the search helper', () => {
    const json = snapshotToJson({
      type: 'MEMBER_OF',
      startId: 'FRA',
      endId: 'nato',
      properties: { from: toNeo4jDate('1949-08-24'), searchText: 'x' },
    });
    expect(publicSnapshot(json)).toEqual({
      type: 'MEMBER_OF',
      startId: 'FRA',
      endId: 'nato',
      properties: { from: '1949-08-24' },
    });
  });
});
