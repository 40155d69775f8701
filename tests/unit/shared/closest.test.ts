import { closest, distanceFrom, editDistance } from '../../../src/shared/closest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['nato', 'nato', 0],
    ['nato', 'nata', 1],
    ['estonia', 'estnia', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('distanceFrom (bit-parallel up to 32 characters)', () => {
  // A fixed pseudo-random sequence: the same strings every run.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = (length: number) => Array.from({ length }, () => 'abcde '[Math.floor(next() * 6)]).join('');

  it('gives the table’s distance for patterns of every length to 40, and past a bound says so', () => {
    for (let n = 0; n < 2000; n += 1) {
      const pattern = word(1 + Math.floor(next() * 40));
      const text = word(Math.floor(next() * 45));
      const exact = editDistance(pattern, text);
      expect(distanceFrom(pattern)(text)).toBe(exact);
      const max = Math.floor(next() * 10);
      expect(distanceFrom(pattern)(text, max)).toBe(exact > max ? max + 1 : exact);
    }
  });
});

describe('closest', () => {
  const candidates = [
    { id: 'EST', names: ['Estonia'] },
    { id: 'LVA', names: ['Latvia'] },
    { id: 'nato', names: ['North Atlantic Treaty Organization', 'NATO'] },
    { id: 'ESP', names: ['Spain'] },
  ];

  it('ranks a misspelt name first, and an id typed in the wrong case as exact', () => {
    expect(closest('Estnia', candidates, 1).map((c) => c.id)).toEqual(['EST']);
    expect(closest('lva', candidates, 1).map((c) => c.id)).toEqual(['LVA']);
  });

  it('counts a name that starts with the text as one edit, in any case', () => {
    expect(closest('north atl', candidates, 1).map((c) => c.id)).toEqual(['nato']);
  });

  it('gives at most the count asked for', () => {
    expect(closest('x', candidates, 3)).toHaveLength(3);
  });
});
