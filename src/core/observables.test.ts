import { describe, expect, it } from 'vitest';
import { blochVector, expectPauli, expectPauliRows, imPauliStringSandwich } from './observables';
import { embed, matmul, maxAbsDiff, randomDensity, randomMatrix } from '../testing/dense';
import { GATES, pauliMatrix } from './gates';
import { trace, partialTrace } from './density';
import { createRng } from './rng';
import { gramTraceOutData, initialFactored, productFactored } from './isometry';
import { gatePermutation, permuteRows } from './permute';

describe('expectPauli(rho, n, wire, P)', () => {
  it('equals Tr[P_wire rho] with the Kronecker-built operator for every Pauli and wire', () => {
    const rng = createRng(12);
    const n = 3, dim = 8, rho = randomDensity(rng, dim);
    for (const p of ['X', 'Y', 'Z'] as const) for (let w = 0; w < n; w++) {
      const expected = trace(matmul(embed(pauliMatrix(p), [w], n), rho, dim), dim)[0];
      expect(Math.abs(expectPauli(rho, n, w, p) - expected)).toBeLessThan(1e-12);
    }
  });

  it('blochVector of |+i> on one qubit is (0, 1, 0)', () => {
    const plusI = Float64Array.of(0.5, 0, 0, -0.5, 0, 0.5, 0.5, 0);
    const v = blochVector(plusI, 1, 0);
    expect(v[0]).toBeCloseTo(0, 15);
    expect(v[1]).toBeCloseTo(1, 15);
    expect(v[2]).toBeCloseTo(0, 15);
  });

  it('imPauliStringSandwich(B, A) is Im Tr[B^dagger P A]', () => {
    const rng = createRng(13);
    const n = 2, cols = 2;
    const a = randomMatrix(rng, 4, cols), b = randomMatrix(rng, 4, cols);
    const p = embed(pauliMatrix('Y'), [1], n);
    let re = 0, im = 0;
    for (let r = 0; r < 4; r++) for (let c = 0; c < cols; c++) {
      let pr = 0, pi = 0;
      for (let k = 0; k < 4; k++) {
        const mr = p[2 * (r * 4 + k)], mi = p[2 * (r * 4 + k) + 1], ar = a[2 * (k * cols + c)], ai = a[2 * (k * cols + c) + 1];
        pr += mr * ar - mi * ai; pi += mr * ai + mi * ar;
      }
      const br = b[2 * (r * cols + c)], bi = -b[2 * (r * cols + c) + 1];
      re += br * pr - bi * pi; im += br * pi + bi * pr;
    }
    expect(Math.abs(re)).toBeGreaterThan(1e-3); // a real part the imaginary one must not be confused with
    expect(imPauliStringSandwich(b, a, 4, 1, [1], ['Y'], false)).toBeCloseTo(im, 12);
  });
});

describe('the factored form of a measure-reset step (core/isometry.ts)', () => {
  it('matches the density matrix W W^dagger: readouts and the reduced hidden state', () => {
    const rng = createRng(14);
    const D = 2, H = 1, n = 3, rows = 8, colBits = 1, cols = 2;
    const w = randomMatrix(rng, rows, cols); // any W: the identities are linear in W W^dagger
    const sigma = new Float64Array(2 * rows * rows);
    for (let r = 0; r < rows; r++) for (let s = 0; s < rows; s++) for (let c = 0; c < cols; c++) {
      const ar = w[2 * (r * cols + c)], ai = w[2 * (r * cols + c) + 1], vr = w[2 * (s * cols + c)], vi = -w[2 * (s * cols + c) + 1];
      sigma[2 * (r * rows + s)] += ar * vr - ai * vi;
      sigma[2 * (r * rows + s) + 1] += ar * vi + ai * vr;
    }
    expect(maxAbsDiff(gramTraceOutData(w, D, H, colBits), partialTrace(sigma, n, [2]))).toBeLessThan(1e-12);
    for (const p of ['X', 'Y', 'Z'] as const) for (let wire = 0; wire < n; wire++) {
      expect(Math.abs(expectPauliRows(w, rows, colBits, wire, p) - expectPauli(sigma, n, wire, p))).toBeLessThan(1e-12);
    }
  });

  it('builds the leading product (u_0 (x) u_1) (x) S, optionally with a row permutation, and |0..0> (x) S', () => {
    const rng = createRng(15);
    const s = randomMatrix(rng, 2, 2); // H = 1, colBits = 1
    const u0 = GATES.RY.matrix(0.7), u1 = GATES.RX.matrix(-1.2);
    const w = productFactored([u0, u1], s, 1, 1);
    // Row d + 4 h, column c: u0[d_0][0] u1[d_1][0] S[h][c].
    for (let h = 0; h < 2; h++) for (let d = 0; d < 4; d++) for (let c = 0; c < 2; c++) {
      const a = [u0[2 * 2 * (d & 1)], u0[2 * 2 * (d & 1) + 1]], b = [u1[2 * 2 * (d >> 1)], u1[2 * 2 * (d >> 1) + 1]];
      const ab = [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
      const sr = s[2 * (h * 2 + c)], si = s[2 * (h * 2 + c) + 1];
      const at = 2 * ((h * 4 + d) * 2 + c);
      expect(w[at]).toBeCloseTo(ab[0] * sr - ab[1] * si, 14);
      expect(w[at + 1]).toBeCloseTo(ab[0] * si + ab[1] * sr, 14);
    }
    const perm = gatePermutation('CNOT', [0, 2], 3) as Int32Array;
    const folded = productFactored([u0, u1], s, 1, 1, perm), applied = Float64Array.from(w);
    permuteRows(applied, 2, perm, new Float64Array(w.length));
    expect(maxAbsDiff(folded, applied)).toBe(0);
    const start = initialFactored(2, 1, s, 1);
    expect(maxAbsDiff(start.subarray(0, 4), s.subarray(0, 4))).toBe(0); // row d = 0, h = 0
    expect(maxAbsDiff(start.subarray(16, 20), s.subarray(4, 8))).toBe(0); // row d = 0, h = 1 is row 4
    expect(start.subarray(4, 16).every((x) => x === 0)).toBe(true);
  });
});
