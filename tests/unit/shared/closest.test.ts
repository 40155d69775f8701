import { closest, editDistance } from '../../../src/shared/closest';

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
