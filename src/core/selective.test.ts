import { describe, expect, it } from 'vitest';
import { basisRotation, selectedHiddenDensity, selectedHiddenRows } from './selective';
import { dagger, pauliMatrix } from './gates';
import { partialTrace, traceOutLow } from './density';
import { createRng } from './rng';
import { embed, matmul, maxAbsDiff, randomDensity, randomMatrix } from '../testing/dense';

/** `|b><b|` on one qubit. */
const projector = (bit: number) => { const p = new Float64Array(8); p[bit ? 6 : 0] = 1; return p; };

/** `Tr_data[Pi_b rho Pi_b]` with Kronecker-built projectors. */
function denseSelected(rho: Float64Array, n: number, D: number, wires: readonly number[], b: number): Float64Array {
  const dim = 1 << n;
  let pi = embed(Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0), [0], n);
  wires.forEach((w, j) => { pi = matmul(pi, embed(projector((b >> j) & 1), [w], n), dim); });
  const hidden = Array.from({ length: n - D }, (_, k) => D + k);
  return partialTrace(matmul(matmul(pi, rho, dim), pi, dim), n, hidden);
}

describe('basisRotation(P)', () => {
  it('is a U with U P U^dagger = Z for X and Y, and nothing for Z', () => {
    for (const p of ['X', 'Y'] as const) {
      const u = basisRotation(p) as Float64Array;
      expect(maxAbsDiff(matmul(matmul(u, pauliMatrix(p), 2), dagger(u, 2), 2), pauliMatrix('Z'))).toBeLessThan(1e-15);
    }
    expect(basisRotation('Z')).toBeNull();
  });
});

describe('the hidden state an outcome of data wires selects', () => {
  const rng = createRng(61);
  const n = 4, D = 2, dim = 16;
  const rho = randomDensity(rng, dim);

  it('selectedHiddenDensity is Tr_data[Pi_b rho Pi_b] for one or both data wires, in either order', () => {
    for (const wires of [[0], [1], [0, 1], [1, 0]]) {
      for (let b = 0; b < 1 << wires.length; b++) {
        expect(maxAbsDiff(selectedHiddenDensity(rho, n, D, wires, b), denseSelected(rho, n, D, wires, b)), `${wires} ${b}`).toBeLessThan(1e-14);
      }
    }
  });

  it('summed over the outcomes it is the non-selective hand-over Tr_data[rho]', () => {
    const sum = new Float64Array(2 * 4 * 4);
    for (let b = 0; b < 4; b++) selectedHiddenDensity(rho, n, D, [1, 0], b).forEach((x, i) => { sum[i] += x; });
    expect(maxAbsDiff(sum, traceOutLow(rho, n, D))).toBeLessThan(1e-15);
  });

  it('selectedHiddenRows(W) equals selectedHiddenDensity(W W^dagger) for W of rank 1 and 4', () => {
    for (const colBits of [0, 2]) {
      const cols = 1 << colBits, w = randomMatrix(rng, dim, cols);
      const square = new Float64Array(2 * dim * dim);
      for (let r = 0; r < dim; r++) for (let c = 0; c < cols; c++) { square[2 * (r * dim + c)] = w[2 * (r * cols + c)]; square[2 * (r * dim + c) + 1] = w[2 * (r * cols + c) + 1]; }
      const wwd = matmul(square, dagger(square, dim), dim);
      for (let b = 0; b < 2; b++) {
        expect(maxAbsDiff(selectedHiddenRows(w, n, D, colBits, [1], b), selectedHiddenDensity(wwd, n, D, [1], b))).toBeLessThan(1e-12);
      }
    }
  });
});
