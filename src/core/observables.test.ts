import { describe, expect, it } from 'vitest';
import { blochVector, expectPauli, expectPauliRows, pauliSandwich } from './observables';
import { embed, matmul, maxAbsDiff, randomDensity, randomMatrix } from './dense';
import { pauliMatrix } from './gates';
import { trace, partialTrace } from './density';
import { createRng } from './rng';
import { expectPauliIsometry, initialIsometry, multiplyRight, traceOutData } from './isometry';

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

  it('pauliSandwich(B, A) is Tr[B^dagger P A]', () => {
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
    const [gr, gi] = pauliSandwich(b, a, n, cols, 1, 'Y');
    expect(gr).toBeCloseTo(re, 12);
    expect(gi).toBeCloseTo(im, 12);
  });

  it('expectPauliRows(W) is Tr[P W W^dagger], the real part of pauliSandwich(W, W), for every Pauli and wire', () => {
    const rng = createRng(14);
    const n = 3, colBits = 2, w = randomMatrix(rng, 8, 4);
    for (const p of ['X', 'Y', 'Z'] as const) for (let wire = 0; wire < n; wire++) {
      expect(expectPauliRows(w, 8, colBits, wire, p), `${p} on ${wire}`).toBeCloseTo(pauliSandwich(w, w, n, 4, wire, p)[0], 12);
    }
  });
});

describe('the isometry form of a measure-reset step', () => {
  it('matches the density matrix V rho V^dagger: readouts and the reduced hidden state', () => {
    const rng = createRng(14);
    const D = 2, H = 1, n = 3, rows = 8, cols = 2;
    // A random isometry-shaped V (not unitary: the identities are linear in V anyway).
    const v = randomMatrix(rng, rows, cols);
    const rhoH = randomDensity(rng, cols);
    const a = multiplyRight(v, rhoH, rows, cols);
    // sigma = V rho V^dagger, dense
    const sigma = new Float64Array(2 * rows * rows);
    for (let r = 0; r < rows; r++) for (let s = 0; s < rows; s++) for (let c = 0; c < cols; c++) {
      const ar = a[2 * (r * cols + c)], ai = a[2 * (r * cols + c) + 1], vr = v[2 * (s * cols + c)], vi = -v[2 * (s * cols + c) + 1];
      sigma[2 * (r * rows + s)] += ar * vr - ai * vi;
      sigma[2 * (r * rows + s) + 1] += ar * vi + ai * vr;
    }
    expect(maxAbsDiff(traceOutData(a, v, D, H), partialTrace(sigma, n, [2]))).toBeLessThan(1e-12);
    for (const p of ['X', 'Y', 'Z'] as const) {
      expect(Math.abs(expectPauliIsometry(a, v, n, H, 1, p) - expectPauli(sigma, n, 1, p))).toBeLessThan(1e-12);
    }
    expect(initialIsometry(D, H)[2 * (4 * cols + 1)]).toBe(1); // |d=0,h=1> column 1 is row 4
  });
});
