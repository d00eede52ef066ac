/** The QRNN trainer's divergence rule on flat weights. */
import { describe, expect, it } from 'vitest';
import { baselineDivergence } from './divergence';

describe('baselineDivergence', () => {
  const weights = Float64Array.from([0.5, -2]);
  it('is quiet while the loss stays within 100 times its first value, or below 1', () => {
    expect(baselineDivergence(0.3, 0.01, weights)).toBeNull();
    expect(baselineDivergence(50, 1, weights)).toBeNull();
    expect(baselineDivergence(null, 1, weights)).toBeNull();
  });
  it('names a loss that is not a number, a weight past 1e6, and a loss grown 100 times', () => {
    expect(baselineDivergence(Number.NaN, 1, weights)).toBe('the loss became NaN or infinite');
    expect(baselineDivergence(1, 1, Float64Array.from([0, 2e6]))).toBe('weight 1 left the range ±1e6');
    expect(baselineDivergence(1, 1, Float64Array.from([Number.POSITIVE_INFINITY]))).toBe('weight 0 left the range ±1e6');
    expect(baselineDivergence(101, 1, weights)).toMatch(/grew from 1\.00 to 101, over 100 times/);
  });
});
