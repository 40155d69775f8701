import { percentile, roundOrder } from '../../../bench/harness';

describe('percentile', () => {
  it('keeps fractions of a millisecond, which whole-ms histograms lose', () => {
    expect(percentile([1.21, 1.48, 1.52, 1.9], 0.5)).toBe(1.48);
  });

  it('takes the nearest rank: the 99th of 100 values is the 99th, not the last', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 0.5)).toBe(50);
  });

  it('answers 0 for no values rather than NaN', () => {
    expect(percentile([], 0.5)).toBe(0);
  });

  it('rounds to two decimals', () => {
    expect(percentile([2.34567], 0.5)).toBe(2.35);
  });
});

describe('roundOrder', () => {
  it('starts each round with the next side and keeps the others in turn', () => {
    const sides = ['Entente', 'peer', 'bare', 'Apollo floor'];
    expect(roundOrder(sides, 1)).toEqual(['Entente', 'peer', 'bare', 'Apollo floor']);
    expect(roundOrder(sides, 2)).toEqual(['peer', 'bare', 'Apollo floor', 'Entente']);
    expect(roundOrder(sides, 5)).toEqual(sides);
  });

  it('puts every side first once in as many rounds as there are sides', () => {
    const sides = ['Entente', 'peer', 'bare'];
    const firsts = [1, 2, 3].map((round) => roundOrder(sides, round)[0]);
    expect(new Set(firsts)).toEqual(new Set(sides));
  });
});
