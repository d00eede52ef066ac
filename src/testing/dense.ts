/**
 * Dense reference linear algebra: full `2^n x 2^n` operators built from Kronecker products.
 * Slow on purpose and obviously right; the fast kernels are tested against it.
 */
import { dagger } from '../core/gates';
import type { Rng } from '../core/rng';

export type Dense = Float64Array; // square, interleaved, row-major

export function identity(dim: number): Dense {
  const out = new Float64Array(2 * dim * dim);
  for (let i = 0; i < dim; i++) out[2 * (i * dim + i)] = 1;
  return out;
}

/** `a (x) b` for square matrices of sides `da` and `db`. */
function kron(a: Dense, da: number, b: Dense, db: number): Dense {
  const d = da * db, out = new Float64Array(2 * d * d);
  for (let i = 0; i < da; i++) for (let j = 0; j < da; j++) {
    const ar = a[2 * (i * da + j)], ai = a[2 * (i * da + j) + 1];
    if (ar === 0 && ai === 0) continue;
    for (let k = 0; k < db; k++) for (let l = 0; l < db; l++) {
      const br = b[2 * (k * db + l)], bi = b[2 * (k * db + l) + 1];
      const p = 2 * ((i * db + k) * d + (j * db + l));
      out[p] = ar * br - ai * bi;
      out[p + 1] = ar * bi + ai * br;
    }
  }
  return out;
}

export function matmul(a: Dense, b: Dense, dim: number): Dense {
  const out = new Float64Array(2 * dim * dim);
  for (let i = 0; i < dim; i++) for (let k = 0; k < dim; k++) {
    const ar = a[2 * (i * dim + k)], ai = a[2 * (i * dim + k) + 1];
    if (ar === 0 && ai === 0) continue;
    for (let j = 0; j < dim; j++) {
      const br = b[2 * (k * dim + j)], bi = b[2 * (k * dim + j) + 1];
      out[2 * (i * dim + j)] += ar * br - ai * bi;
      out[2 * (i * dim + j) + 1] += ar * bi + ai * br;
    }
  }
  return out;
}

/** `|i><k|` on one qubit. */
function unit(i: number, k: number): Dense {
  const out = new Float64Array(8);
  out[2 * (2 * i + k)] = 1;
  return out;
}

/**
 * The full operator of a 1- or 2-wire matrix `m` on `wires` of `n` qubits, wire 0 the least
 * significant: `sum m[(ij),(kl)] |i><k|_a (x) |j><l|_b (x) I` as Kronecker products, taken
 * in the order wire n-1 (x) ... (x) wire 0.
 */
export function embed(m: Float64Array, wires: readonly number[], n: number): Dense {
  const dim = 1 << n;
  const out = new Float64Array(2 * dim * dim);
  const k = wires.length, dk = 1 << k;
  for (let r = 0; r < dk; r++) for (let c = 0; c < dk; c++) {
    const mr = m[2 * (r * dk + c)], mi = m[2 * (r * dk + c) + 1];
    if (mr === 0 && mi === 0) continue;
    // factor for each wire, local bit (k-1-b) of r belongs to wires[b]
    let term: Dense = Float64Array.of(1, 0);
    let side = 1;
    for (let w = n - 1; w >= 0; w--) {
      const b = wires.indexOf(w);
      const f = b < 0 ? identity(2) : unit((r >> (k - 1 - b)) & 1, (c >> (k - 1 - b)) & 1);
      term = kron(term, side, f, 2);
      side *= 2;
    }
    for (let p = 0; p < out.length; p += 2) {
      out[p] += mr * term[p] - mi * term[p + 1];
      out[p + 1] += mr * term[p + 1] + mi * term[p];
    }
  }
  return out;
}

/** A random density matrix `G G^dagger / Tr` of side `dim` (full rank almost surely). */
export function randomDensity(rng: Rng, dim: number, rank = dim): Dense {
  const g = new Float64Array(2 * dim * dim);
  for (let i = 0; i < dim; i++) for (let j = 0; j < rank; j++) {
    g[2 * (i * dim + j)] = rng.normal();
    g[2 * (i * dim + j) + 1] = rng.normal();
  }
  const rho = matmul(g, dagger(g, dim), dim);
  let tr = 0;
  for (let i = 0; i < dim; i++) tr += rho[2 * (i * dim + i)];
  for (let p = 0; p < rho.length; p++) rho[p] /= tr;
  return rho;
}

/** A random complex matrix with standard normal entries (`rows x cols`). */
export function randomMatrix(rng: Rng, rows: number, cols: number): Float64Array {
  const out = new Float64Array(2 * rows * cols);
  for (let p = 0; p < out.length; p++) out[p] = rng.normal();
  return out;
}

export function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let p = 0; p < a.length; p++) worst = Math.max(worst, Math.abs(a[p] - b[p]));
  return worst;
}
