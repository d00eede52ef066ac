/**
 * The echo-state head's dedicated ridge solve against the reservoir QRNN's (src/training/ridge.ts
 * `solveRidge`, Gaussian elimination over named head parameters) on the same rows.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { solveRidge } from '../training/ridge';
import type { Head } from '../model/types';
import { ridgeHead } from './ridge';

describe('ridgeHead', () => {
  it.each([[1, 4, 1, 1e-6], [2, 6, 2, 1e-6], [3, 3, 3, 0.5]])('seed %i, d = %i, m = %i, alpha = %f: the same head as solveRidge', (seed, d, m, alpha) => {
    const rng = createRng(seed);
    const rows = 40;
    const states = Array.from({ length: rows }, () => Float64Array.from({ length: d }, () => 2 * rng.next() - 1));
    const targets = states.map((s) => Array.from({ length: m }, (_, j) => s.reduce((t, x, k) => t + (j + k + 1) * 0.1 * x, 0.3 * j) + 0.01 * (rng.next() - 0.5)));
    const head = ridgeHead({ states, targets }, d, m, alpha);
    expect(head).not.toBeNull();
    const heads: Head[] = Array.from({ length: m }, (_, j) => ({ weights: Array.from({ length: d }, (_, k) => `w${j}_${k}`), bias: `c${j}` }));
    const names = heads.flatMap((h) => [...(h.weights as string[]), h.bias as string]);
    const reference = solveRidge({ heads, params: Object.fromEntries(names.map((n) => [n, 0])), features: states.map((s) => [...s]), targets, trainable: names, lambda: alpha });
    if (!reference || !head) throw new Error('no solution');
    for (let j = 0; j < m; j++) {
      for (let k = 0; k < d; k++) expect(head[j * d + k]).toBeCloseTo(reference[`w${j}_${k}`], 9);
      expect(head[m * d + j]).toBeCloseTo(reference[`c${j}`], 9);
    }
  });

  it('recovers an exact linear map when alpha is tiny', () => {
    const rng = createRng(8);
    const states = Array.from({ length: 30 }, () => Float64Array.from({ length: 3 }, () => 2 * rng.next() - 1));
    const targets = states.map((s) => [0.5 * s[0] - 0.25 * s[1] + 2 * s[2] + 0.125]);
    const head = ridgeHead({ states, targets }, 3, 1, 1e-12) as Float64Array;
    [0.5, -0.25, 2, 0.125].forEach((v, k) => expect(head[k]).toBeCloseTo(v, 9));
  });
});
