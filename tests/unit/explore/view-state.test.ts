import { formatHash, parseHash, type ViewState } from '../../../explore/src/view-state';

const TODAY = '2026-12-03';

describe('the explorer URL state', () => {
  it.each<ViewState>([
    { view: 'find', text: 'NATO' },
    { view: 'find', text: 'a/b #c %' },
    { view: 'ego', id: 'nato', asOf: '1960-01-01' },
    { view: 'ego', id: 'POL', asOf: '1960-01-01', hops: 1, links: 'all' },
    { view: 'ego', id: 'POL', asOf: '1960-01-01', links: 'ties' },
    { view: 'path', from: 'POL', to: 'KOR', asOf: '2015-01-01' },
    { view: 'defenders', id: 'EST', asOf: '-0480-09-20' },
    { view: 'defenders', id: 'EST', asOf: '2024-06-01', attacker: 'RUS' },
    { view: 'timeline', id: 'warsaw-pact' },
  ])('restores %j from the hash it writes', (state) => {
    expect(parseHash(formatHash(state), TODAY)).toEqual(state);
  });

  it('fills a missing date with today', () => {
    expect(parseHash('#ego/nato', TODAY)).toEqual({ view: 'ego', id: 'nato', asOf: TODAY });
    expect(parseHash('#path/POL/KOR/', TODAY)).toEqual({ view: 'path', from: 'POL', to: 'KOR', asOf: TODAY });
  });

  it('keeps a date that is not ISO as written, for the API to say what is wrong', () => {
    expect(parseHash('#ego/nato/1960-13-45', TODAY)).toEqual({ view: 'ego', id: 'nato', asOf: '1960-13-45' });
  });

  it('leaves out a reach or a kind of link it does not know, for the defaults', () => {
    expect(parseHash('#ego/POL/2000-01-01/9/toString', TODAY)).toEqual({ view: 'ego', id: 'POL', asOf: '2000-01-01' });
  });

  it('opens the search for an empty, unknown or incomplete hash', () => {
    expect(parseHash('', TODAY)).toEqual({ view: 'find', text: '' });
    expect(parseHash('#nowhere/x', TODAY)).toEqual({ view: 'find', text: '' });
    expect(parseHash('#path/POL', TODAY)).toEqual({ view: 'find', text: '' });
    expect(parseHash('#ego', TODAY)).toEqual({ view: 'find', text: '' });
  });
});
