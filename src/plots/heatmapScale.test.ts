/**
 * The diverging contribution scale: sign and magnitude on a symmetric domain, colours that
 * mix the signed end with the neutral middle, round legend extents and the number format.
 */
import { describe, expect, it } from 'vitest';
import { contributionColor, contributionExtent, divergingPosition } from './heatmapScale';

describe('divergingPosition(value, extent)', () => {
  it('gives the sign and |value| / extent, clamped to 1', () => {
    expect(divergingPosition(-0.05, 0.1)).toEqual({ sign: -1, magnitude: 0.5 });
    expect(divergingPosition(0.3, 0.1)).toEqual({ sign: 1, magnitude: 1 });
  });

  it('puts zero, NaN and a zero extent in the middle', () => {
    expect(divergingPosition(0, 1)).toEqual({ sign: 0, magnitude: 0 });
    expect(divergingPosition(NaN, 1)).toEqual({ sign: 0, magnitude: 0 });
    expect(divergingPosition(0.2, 0)).toEqual({ sign: 0, magnitude: 0 });
  });
});

describe('contributionColor(value, extent)', () => {
  it('mixes blue for negative and orange for positive with the neutral, more of the end for a larger magnitude', () => {
    expect(contributionColor(-1, 1)).toBe('color-mix(in oklab, var(--contribution-negative) 100%, var(--contribution-zero))');
    expect(contributionColor(0.5, 1)).toBe('color-mix(in oklab, var(--contribution-positive) 59%, var(--contribution-zero))');
    expect(contributionColor(0, 1)).toBe('var(--contribution-zero)');
  });

  it('is symmetric in the sign', () => {
    const share = (c: string) => Number(/ (\d+)%/.exec(c)?.[1]);
    for (const v of [0.01, 0.2, 0.7]) expect(share(contributionColor(-v, 1))).toBe(share(contributionColor(v, 1)));
  });
});

describe('contributionExtent(values)', () => {
  it('rounds the largest magnitude up to 1, 2 or 5 times a power of ten', () => {
    expect(contributionExtent([0.042, -0.13])).toBe(0.2);
    expect(contributionExtent(Float64Array.from([3e-4, -4.9e-4]))).toBe(5e-4);
    expect(contributionExtent([-1])).toBe(1);
    expect(contributionExtent([0.6])).toBe(1);
  });

  it('gives 1 for no values or only zeros', () => {
    expect(contributionExtent([])).toBe(1);
    expect(contributionExtent([0, 0])).toBe(1);
  });
});
