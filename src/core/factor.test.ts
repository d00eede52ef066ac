import { describe, expect, it } from 'vitest';
import { choleskyFactor } from './factor';
import { maxAbsDiff, randomDensity } from '../testing/dense';
import { zeroState } from './density';
import { createRng } from './rng';

function gram(s: Float64Array, dim: number, cols: number): Float64Array {
  const out = new Float64Array(2 * dim * dim);
  for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) for (let c = 0; c < cols; c++) {
    const ar = s[2 * (i * cols + c)], ai = s[2 * (i * cols + c) + 1], br = s[2 * (j * cols + c)], bi = -s[2 * (j * cols + c) + 1];
    out[2 * (i * dim + j)] += ar * br - ai * bi;
    out[2 * (i * dim + j) + 1] += ar * bi + ai * br;
  }
  return out;
}

describe('choleskyFactor(rho, dim)', () => {
  it('finds the rank of a rank-3 state of side 8 and reproduces it as S S^dagger', () => {
    const rho = randomDensity(createRng(21), 8, 3);
    const f = choleskyFactor(rho, 8);
    expect(f.rank).toBe(3);
    expect(f.colBits).toBe(2);
    expect(maxAbsDiff(gram(f.s, 8, 4), rho)).toBeLessThan(1e-13);
  });

  it('factors a full-rank state and a pure state', () => {
    const full = randomDensity(createRng(22), 16);
    const f = choleskyFactor(full, 16);
    expect(f.rank).toBe(16);
    expect(maxAbsDiff(gram(f.s, 16, 16), full)).toBeLessThan(1e-13);
    const pure = choleskyFactor(zeroState(2), 4);
    expect(pure.rank).toBe(1);
    expect(pure.colBits).toBe(0);
  });

  it('gives the same factor in reused buffers (transient), whatever the rank and side of the calls before', () => {
    const rng = createRng(23);
    const cases = [[8, 3], [4, 4], [8, 1], [16, 5], [4, 2], [8, 3]].map(([dim, rank]) => ({ dim, rho: randomDensity(rng, dim, rank) }));
    for (const { dim, rho } of cases) {
      const kept = choleskyFactor(rho, dim);
      const reused = choleskyFactor(rho, dim, undefined, true);
      expect(Array.from(reused.s)).toEqual(Array.from(kept.s));
      expect(Array.from(reused.pivots)).toEqual(Array.from(kept.pivots));
      expect([reused.rank, reused.colBits]).toEqual([kept.rank, kept.colBits]);
    }
    // A kept factor owns its pivots: later calls do not change them.
    const kept = choleskyFactor(cases[0].rho, 8);
    const before = Array.from(kept.pivots);
    choleskyFactor(cases[3].rho, 16, undefined, true);
    expect(Array.from(kept.pivots)).toEqual(before);
  });
});
