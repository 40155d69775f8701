import { percentile } from '../../../bench/harness';

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
