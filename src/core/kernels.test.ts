import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, conjugate, dagger } from './gates';
import { apply1, apply1Permuted, applyToRows } from './apply';
import { permuteRowsInto } from './permute';
import { applyGateToDensity, hermiticityError, minEigenvalue, partialTrace, trace, traceOutLow, zeroState, embedHigh } from './density';
import { embed, matmul, maxAbsDiff, randomDensity, randomMatrix } from '../testing/dense';
import { createRng } from './rng';

const TOL = 1e-12;

/** Every ordered pair of distinct wires of n, and every single wire. */
function placements(n: number, arity: number): number[][] {
  const out: number[][] = [];
  for (let a = 0; a < n; a++) {
    if (arity === 1) out.push([a]);
    else for (let b = 0; b < n; b++) if (a !== b) out.push([a, b]);
  }
  return out;
}

describe('applyGateToDensity(rho, n, wires, m)', () => {
  it('equals U rho U^dagger with U built from Kronecker products, for every gate and placement', () => {
    const rng = createRng(7);
    const n = 3, dim = 8;
    for (const name of GATE_NAMES) {
      const g = GATES[name];
      for (const wires of placements(n, g.arity)) {
        const m = g.matrix(rng.normal() * 2);
        const rho = randomDensity(rng, dim);
        const u = embed(m, wires, n);
        const expected = matmul(matmul(u, rho, dim), dagger(u, dim), dim);
        const got = Float64Array.from(rho);
        applyGateToDensity(got, n, wires, m, conjugate(m));
        expect(maxAbsDiff(got, expected), `${name} on ${wires}`).toBeLessThan(TOL);
      }
    }
  });

  it('keeps trace 1, hermiticity and positivity over a long random circuit of 4 qubits', () => {
    const rng = createRng(11);
    const n = 4, dim = 16;
    const rho = randomDensity(rng, dim, 3);
    for (let step = 0; step < 200; step++) {
      const name = GATE_NAMES[rng.int(GATE_NAMES.length)];
      const g = GATES[name];
      const options = placements(n, g.arity);
      applyGateToDensity(rho, n, options[rng.int(options.length)], g.matrix(rng.normal()));
    }
    expect(trace(rho, dim)[0]).toBeCloseTo(1, 12);
    expect(Math.abs(trace(rho, dim)[1])).toBeLessThan(TOL);
    expect(hermiticityError(rho, dim)).toBeLessThan(TOL);
    expect(minEigenvalue(rho, dim)).toBeGreaterThan(-1e-9);
  });
});

describe('applyToRows(buf, count, colBits, wires, m)', () => {
  it('multiplies the row index of a 2^n x 2^k matrix, as the dense U times the matrix', () => {
    const rng = createRng(3);
    const n = 4, rows = 16, k = 2, cols = 4;
    for (const name of GATE_NAMES) {
      const g = GATES[name];
      const wires = placements(n, g.arity)[rng.int(placements(n, g.arity).length)];
      const m = g.matrix(rng.normal());
      const x = randomMatrix(rng, rows, cols);
      const u = embed(m, wires, n);
      const expected = new Float64Array(x.length);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) for (let j = 0; j < rows; j++) {
        const ur = u[2 * (r * rows + j)], ui = u[2 * (r * rows + j) + 1];
        const xr = x[2 * (j * cols + c)], xi = x[2 * (j * cols + c) + 1];
        expected[2 * (r * cols + c)] += ur * xr - ui * xi;
        expected[2 * (r * cols + c) + 1] += ur * xi + ui * xr;
      }
      applyToRows(x, rows * cols, k, wires, m);
      expect(maxAbsDiff(x, expected), name).toBeLessThan(TOL);
    }
  });
});

describe('apply1Permuted(src, dst, count, bit, m, colBits, perm)', () => {
  it('is apply1 then the row permutation, bit for bit, for a diagonal, a real and a general matrix', () => {
    const rng = createRng(7);
    const rows = 16, colBits = 2, count = rows << colBits;
    const src = Float64Array.from({ length: 2 * count }, () => rng.next() - 0.5);
    const perm = Int32Array.from({ length: rows }, (_, r) => (r * 5 + 3) % rows);
    const matrices = [GATES.RZ.matrix(0.7), GATES.S.matrix(0), GATES.RY.matrix(0.4), GATES.H.matrix(0), GATES.RX.matrix(1.1)];
    for (const m of matrices) for (let bit = 0; bit < colBits + 4; bit++) {
      const expected = src.slice();
      apply1(expected, count, bit, m);
      const permuted = new Float64Array(expected.length);
      permuteRowsInto(expected, permuted, 1 << colBits, perm);
      const out = new Float64Array(src.length);
      const before = src.slice();
      apply1Permuted(src, out, count, bit, m, colBits, perm);
      expect(Array.from(out)).toEqual(Array.from(permuted));
      expect(Array.from(src)).toEqual(Array.from(before));
    }
  });
});

describe('partial traces', () => {
  it('traceOutLow(rho, n, D) agrees with partialTrace keeping the high wires', () => {
    const rng = createRng(5);
    const rho = randomDensity(rng, 16);
    expect(maxAbsDiff(traceOutLow(rho, 4, 1), partialTrace(rho, 4, [1, 2, 3]))).toBeLessThan(TOL);
    expect(maxAbsDiff(traceOutLow(rho, 4, 3), partialTrace(rho, 4, [3]))).toBeLessThan(TOL);
  });

  it('partialTrace of a product state returns the factor', () => {
    const rng = createRng(9);
    const a = randomDensity(rng, 2), b = randomDensity(rng, 4);
    // wire 0 = a, wires 1..2 = b: rho = b (x) a in Kronecker order
    const rho = new Float64Array(2 * 64);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) for (let k = 0; k < 2; k++) for (let l = 0; l < 2; l++) {
      const br = b[2 * (i * 4 + j)], bi = b[2 * (i * 4 + j) + 1], ar = a[2 * (k * 2 + l)], ai = a[2 * (k * 2 + l) + 1];
      rho[2 * ((i * 2 + k) * 8 + (j * 2 + l))] = br * ar - bi * ai;
      rho[2 * ((i * 2 + k) * 8 + (j * 2 + l)) + 1] = br * ai + bi * ar;
    }
    expect(maxAbsDiff(partialTrace(rho, 3, [0]), a)).toBeLessThan(TOL);
    expect(maxAbsDiff(partialTrace(rho, 3, [1, 2]), b)).toBeLessThan(TOL);
  });

  it('embedHigh then traceOutLow is the identity, and zeroState is |0><0|', () => {
    const rng = createRng(1);
    const s = randomDensity(rng, 4);
    expect(maxAbsDiff(traceOutLow(embedHigh(s, 4, 2), 4, 2), s)).toBeLessThan(TOL);
    expect(trace(zeroState(3), 8)).toEqual([1, 0]);
  });
});
