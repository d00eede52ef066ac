import { describe, expect, it } from 'vitest';
import { denormalize, fitNormalization, normalize } from './normalization';

const values = [10, 20, 30, 40, 90];

describe('fitNormalization', () => {
  it("'minmax' maps the fitted range to [-1, 1] exactly", () => {
    const n = fitNormalization('minmax', values);
    expect(n).toEqual({ kind: 'minmax', offset: 50, scale: 40 });
    expect(normalize(values, n)).toEqual([-1, -0.75, -0.5, -0.25, 1]);
  });

  it("'minmax01' maps to [0, 1], 'zscore' to mean 0 and sd 1 (to 1e-15), 'none' is the identity", () => {
    expect(normalize(values, fitNormalization('minmax01', values))).toEqual([0, 0.125, 0.25, 0.375, 1]);
    const z = normalize(values, fitNormalization('zscore', values));
    const mean = z.reduce((a, b) => a + b) / z.length;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(1e-15);
    expect(Math.abs(sd - 1)).toBeLessThan(1e-15);
    expect(fitNormalization('none', values)).toEqual({ kind: 'none', offset: 0, scale: 1 });
  });

  it('fits on values[from .. to) only', () => {
    expect(fitNormalization('minmax01', values, 1, 3)).toEqual({ kind: 'minmax01', offset: 20, scale: 10 });
  });

  it('gives scale 1 to a constant range instead of dividing by zero', () => {
    expect(fitNormalization('minmax', [3, 3, 3]).scale).toBe(1);
    expect(fitNormalization('zscore', [3, 3]).scale).toBe(1);
  });

  it('denormalize(normalize(raw)) returns raw to 1e-12 relative for every kind', () => {
    const raw = [-3.7, 0.001, 12.5, 1e4, -250];
    for (const kind of ['minmax', 'minmax01', 'zscore', 'none'] as const) {
      const n = fitNormalization(kind, raw);
      normalize(raw, n).forEach((v, i) => expect(Math.abs(denormalize(v, n) - raw[i])).toBeLessThan(1e-12 * 1e4));
    }
  });
});
