/**
 * The ridge head against the normal equations solved independently: data with an exact
 * linear fit (so lambda = 0 must recover it), and a regularised 3x3 system
 * `(X^T X + lambda I) w = X^T y` written out and solved by Cramer's rule here.
 */
import { describe, expect, it } from 'vitest';
import { solveRidge } from './ridge';

/** Rows `[e1, e2]`; targets `y = 2 e1 - e2 + 0.5` exactly. */
const features = [[1, 0], [0, 1], [1, 1], [2, -1], [0.5, 3]];
const exactTargets = features.map(([a, b]) => 2 * a - b + 0.5);

const det3 = (m: number[][]) =>
  m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);

/** `(X^T X + lambda I) w = X^T y` with columns `[e1, e2, 1]`, by Cramer's rule. */
function normalEquations(x: number[][], y: number[], lambda: number): number[] {
  const rows = x.map(([a, b]) => [a, b, 1]);
  const ata = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[i] * r[j], 0) + (i === j ? lambda : 0)));
  const aty = [0, 1, 2].map((i) => rows.reduce((s, r, k) => s + r[i] * y[k], 0));
  const d = det3(ata);
  return [0, 1, 2].map((c) => det3(ata.map((row, i) => row.map((v, j) => (j === c ? aty[i] : v)))) / d);
}

/** Targets of one output as rows. */
const rows = (y: readonly number[]) => y.map((v) => [v]);

describe('solveRidge(problem)', () => {
  const head = { weights: ['w1', 'w2'], bias: 'b' };
  const params = { w1: 0, w2: 0, b: 0 };

  it('recovers an exact linear fit when lambda is 0', () => {
    const w = solveRidge({ heads: [head], params, features, targets: rows(exactTargets), trainable: ['w1', 'w2', 'b'], lambda: 0 });
    expect(w?.w1).toBeCloseTo(2, 12);
    expect(w?.w2).toBeCloseTo(-1, 12);
    expect(w?.b).toBeCloseTo(0.5, 12);
  });

  it('solves the regularised normal equations (hand-written 3x3 system)', () => {
    // Columns e1, e2, 1 over the five rows:
    //   X^T X = [[6.25, 0.5, 4.5], [0.5, 12, 4], [4.5, 4, 5]],  X^T y = [14.25, -9, 7.5]  (y = 2.5, -0.5, 1.5, 5.5, -1.5)
    // With lambda = 0.5 on the diagonal the exact solution (in fractions) is
    //   w1 = 3321/1913, w2 = -1923/1913, b = 1290/1913.
    const y = [2.5, -0.5, 1.5, 5.5, -1.5];
    expect(y).toEqual(exactTargets);
    const lambda = 0.5;
    const [a, b, c] = [3321 / 1913, -1923 / 1913, 1290 / 1913];
    expect(6.75 * a + 0.5 * b + 4.5 * c).toBeCloseTo(14.25, 12);
    expect(0.5 * a + 12.5 * b + 4 * c).toBeCloseTo(-9, 12);
    expect(4.5 * a + 4 * b + 5.5 * c).toBeCloseTo(7.5, 12);
    // the same system assembled from the rows and solved by Cramer's rule
    normalEquations(features, y, lambda).forEach((v, i) => expect(v).toBeCloseTo([a, b, c][i], 12));
    const w = solveRidge({ heads: [head], params, features, targets: rows(y), trainable: ['w1', 'w2', 'b'], lambda });
    expect(w?.w1).toBeCloseTo(a, 12);
    expect(w?.w2).toBeCloseTo(b, 12);
    expect(w?.b).toBeCloseTo(c, 12);
    // the penalty shrinks the weights
    expect(Math.hypot(a, b)).toBeLessThan(Math.hypot(2, -1));
  });

  it('uses lambda = 1e-6 by default: close to, but not exactly, the unregularised fit', () => {
    const y = features.map(([p, q]) => 2 * p - q + 0.5 + (p === 1 && q === 1 ? 0.3 : 0));
    const expected = normalEquations(features, y, 1e-6);
    const w = solveRidge({ heads: [head], params, features, targets: rows(y), trainable: ['w1', 'w2', 'b'] });
    expect(w?.w1).toBeCloseTo(expected[0], 10);
    expect(w?.w2).toBeCloseTo(expected[1], 10);
    expect(w?.b).toBeCloseTo(expected[2], 10);
  });

  it('moves fixed entries (numbers, frozen names) to the target side', () => {
    // the second weight fixed at the number 2, the bias frozen at 0.5: only w1 is fitted, and must be 3
    const y = features.map(([p, q]) => 3 * p + 2 * q + 0.5);
    const w = solveRidge({ heads: [{ weights: ['w1', 2], bias: 'b' }], params: { w1: 0, b: 0.5 }, features, targets: rows(y), trainable: ['w1'], lambda: 0 });
    expect(Object.keys(w ?? {})).toEqual(['w1']);
    expect(w?.w1).toBeCloseTo(3, 12);
    const fixedBias = solveRidge({ heads: [{ weights: ['w1', 'w2'], bias: 0.5 }], params, features, targets: rows(exactTargets), trainable: ['w1', 'w2'], lambda: 0 });
    expect(fixedBias?.w1).toBeCloseTo(2, 12);
    expect(fixedBias?.w2).toBeCloseTo(-1, 12);
  });

  it('fits one column for a name used by two weights (its features add up)', () => {
    // yhat = w (e1 + e2) + b with y = 1.5 (e1 + e2) - 1
    const y = features.map(([p, q]) => 1.5 * (p + q) - 1);
    const w = solveRidge({ heads: [{ weights: ['w', 'w'], bias: 'b' }], params: { w: 0, b: 0 }, features, targets: rows(y), trainable: ['w', 'b'], lambda: 0 });
    expect(w?.w).toBeCloseTo(1.5, 12);
    expect(w?.b).toBeCloseTo(-1, 12);
  });

  it('fits two heads at once: each output against its own target column', () => {
    // yhat_0 = 2 e1 - e2 + 0.5 and yhat_1 = -e1 + 3 e2 - 2, exactly
    const targets = features.map(([p, q]) => [2 * p - q + 0.5, -p + 3 * q - 2]);
    const heads = [{ weights: ['a1', 'a2'], bias: 'a0' }, { weights: ['b1', 'b2'], bias: 'b0' }];
    const w = solveRidge({ heads, params: {}, features, targets, trainable: ['a1', 'a2', 'a0', 'b1', 'b2', 'b0'], lambda: 0 });
    [2, -1, 0.5, -1, 3, -2].forEach((v, i) => expect(w?.[['a1', 'a2', 'a0', 'b1', 'b2', 'b0'][i]]).toBeCloseTo(v, 10));
  });

  it('returns null when no head entry is trainable', () => {
    expect(solveRidge({ heads: [head], params, features, targets: rows(exactTargets), trainable: ['theta'] })).toBeNull();
  });
});
