/**
 * The exact eigenvalue solver on matrices with known spectra (complex pairs, equal moduli,
 * non-normal), and the echo-state reservoir's radius checked by an independent method:
 * Gelfand's formula `rho = lim |W^N|^(1/N)` with `N = 2^40`, by repeated squaring.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { eigenvalues, spectralRadius } from './spectralRadius';
import { drawReservoir } from './esn';

/** `|W^N|_F^(1/N)` for `N = 2^squarings`, normalising after every squaring (a different method from the solver's). */
function gelfandRadius(w: Float64Array, n: number, squarings = 40): number {
  let m = w.slice(), logScale = 0;
  for (let s = 1; s <= squarings; s++) {
    const next = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) {
      const a = m[i * n + k];
      for (let j = 0; j < n; j++) next[i * n + j] += a * m[k * n + j];
    }
    const norm = Math.sqrt(next.reduce((t, x) => t + x * x, 0));
    m = next.map((x) => x / norm);
    logScale = 2 * logScale + Math.log(norm); // |W^(2^s)| = e^logScale
  }
  return Math.exp(logScale / 2 ** squarings);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('spectralRadius', () => {
  it('reads a complex pair: [[0, -2], [2, 0]] has eigenvalues +-2i', () => {
    const { re, im } = eigenvalues(Float64Array.from([0, -2, 2, 0]), 2);
    expect([...re].map(Math.abs)).toEqual([0, 0]);
    expect(sorted([...im])).toEqual([-2, 2]);
    expect(spectralRadius(Float64Array.from([0, -2, 2, 0]), 2)).toBe(2);
  });

  it('finds 0.9 for a companion matrix with roots 0.9 e^(+-i pi/3), 0.5, -0.7', () => {
    // (z^2 - 0.9 z + 0.81)(z^2 + 0.2 z - 0.35) = z^4 - 0.7 z^3 + 0.28 z^2 + 0.477 z - 0.2835
    const c = [-0.7, 0.28, 0.477, -0.2835];
    const n = 4, a = new Float64Array(n * n);
    for (let j = 0; j < n; j++) a[j] = -c[j];
    for (let i = 1; i < n; i++) a[i * n + i - 1] = 1;
    expect(spectralRadius(a, n)).toBeCloseTo(0.9, 12);
    const { re, im } = eigenvalues(a, n);
    const moduli = sorted([...re].map((x, k) => Math.sqrt(x * x + im[k] * im[k])));
    [0.5, 0.7, 0.9, 0.9].forEach((v, k) => expect(moduli[k]).toBeCloseTo(v, 12));
  });

  it('handles eigenvalues of equal modulus, where power iteration never settles: 0.7 times a 7-cycle', () => {
    const n = 7, a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) a[i * n + ((i + 1) % n)] = 0.7;
    expect(spectralRadius(a, n)).toBeCloseTo(0.7, 12);
  });

  it('reads a non-normal matrix by its eigenvalues, not its norm', () => {
    expect(spectralRadius(Float64Array.from([1, 100, 0, 0.5]), 2)).toBeCloseTo(1, 12);
    expect(spectralRadius(Float64Array.from([0, 1, 0, 0]), 2)).toBe(0);
  });

  it('agrees with Gelfand\'s formula on random dense matrices of several sizes', () => {
    for (const [seed, n] of [[1, 5], [2, 20], [3, 50], [4, 80]]) {
      const rng = createRng(seed);
      const w = Float64Array.from({ length: n * n }, () => 2 * rng.next() - 1);
      expect(Math.abs(spectralRadius(w, n) / gelfandRadius(w, n) - 1)).toBeLessThan(1e-6);
    }
  });
});

describe('the echo-state reservoir', () => {
  it.each([[1, 50, 0.9], [2, 50, 0.9], [3, 50, 0.9], [4, 30, 1.2], [5, 100, 0.5]])('seed %i, %i units: its spectral radius is the target %f to 1e-3 (by Gelfand\'s formula)', (seed, units, target) => {
    const reservoir = drawReservoir(createRng(seed), units, 1, target, 1);
    expect(Math.abs(gelfandRadius(reservoir.weights, units) - target)).toBeLessThan(1e-3);
    expect(spectralRadius(reservoir.weights, units)).toBeCloseTo(target, 12);
  });

  it('draws W_in from U(-inputScale, inputScale) after W, from the seed', () => {
    const a = drawReservoir(createRng(9), 20, 2, 0.9, 0.3), b = drawReservoir(createRng(9), 20, 2, 0.9, 0.3);
    expect([...a.weights]).toEqual([...b.weights]);
    expect([...a.inputWeights]).toEqual([...b.inputWeights]);
    const largest = a.inputWeights.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
    expect(largest).toBeLessThanOrEqual(0.3);
    expect(largest).toBeGreaterThan(0.2);
    expect([...drawReservoir(createRng(10), 20, 2, 0.9, 0.3).weights]).not.toEqual([...a.weights]);
  });
});
