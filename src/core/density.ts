/**
 * Density matrices of `n` qubits: allocation, `U rho U^dagger` in place, trace, partial trace
 * and the checks the tests rely on (hermiticity, positivity). Layout in README.md.
 */
import { apply1, apply2 } from './apply';
import { conjugate } from './gates';

/** Side of the density matrix of `n` qubits. */
export const dimOf = (n: number): number => 1 << n;

/** `|0..0><0..0|` on `n` qubits (new buffer). */
export function zeroState(n: number): Float64Array {
  const rho = new Float64Array(2 * dimOf(n) * dimOf(n));
  rho[0] = 1;
  return rho;
}

/**
 * `rho <- U rho U^dagger` for a gate `m` on `wires`, without building a 2^n x 2^n matrix:
 * `m` on the row bits, then `conj(m)` on the column bits. Mutates `rho`.
 */
export function applyGateToDensity(rho: Float64Array, n: number, wires: readonly number[], m: Float64Array, mConj: Float64Array = conjugate(m)): void {
  const count = dimOf(n) * dimOf(n);
  if (wires.length === 1) {
    apply1(rho, count, wires[0] + n, m);
    apply1(rho, count, wires[0], mConj);
  } else {
    apply2(rho, count, wires[0] + n, wires[1] + n, m);
    apply2(rho, count, wires[0], wires[1], mConj);
  }
}

/** Trace (complex: [re, im]). */
export function trace(rho: Float64Array, dim: number): [number, number] {
  let re = 0, im = 0;
  for (let i = 0; i < dim; i++) { re += rho[2 * (i * dim + i)]; im += rho[2 * (i * dim + i) + 1]; }
  return [re, im];
}

/**
 * Partial trace over the low `traced` wires (the data register when `traced = D`): returns
 * the `2^(n - traced)`-sided reduced matrix of the remaining high wires (new buffer).
 */
export function traceOutLow(rho: Float64Array, n: number, traced: number): Float64Array {
  const dim = dimOf(n), dl = 1 << traced, dh = 1 << (n - traced);
  const out = new Float64Array(2 * dh * dh);
  for (let h = 0; h < dh; h++) for (let g = 0; g < dh; g++) {
    let re = 0, im = 0;
    for (let d = 0; d < dl; d++) {
      const k = 2 * ((d + dl * h) * dim + (d + dl * g));
      re += rho[k]; im += rho[k + 1];
    }
    out[2 * (h * dh + g)] = re;
    out[2 * (h * dh + g) + 1] = im;
  }
  return out;
}

/**
 * Reduced density matrix of the wires in `keep` (in that order: `keep[0]` becomes the new
 * wire 0). General and slower than `traceOutLow`; used for single-wire states and tests.
 */
export function partialTrace(rho: Float64Array, n: number, keep: readonly number[]): Float64Array {
  const dim = dimOf(n), k = keep.length, dk = 1 << k;
  const traced = [...Array(n).keys()].filter((w) => !keep.includes(w));
  const out = new Float64Array(2 * dk * dk);
  const spread = (local: number, wires: readonly number[]) => {
    let i = 0;
    wires.forEach((w, b) => { if ((local >> b) & 1) i |= 1 << w; });
    return i;
  };
  for (let a = 0; a < dk; a++) for (let b = 0; b < dk; b++) {
    const ra = spread(a, keep), rb = spread(b, keep);
    let re = 0, im = 0;
    for (let t = 0; t < 1 << traced.length; t++) {
      const e = spread(t, traced);
      const idx = 2 * ((ra | e) * dim + (rb | e));
      re += rho[idx]; im += rho[idx + 1];
    }
    out[2 * (a * dk + b)] = re;
    out[2 * (a * dk + b) + 1] = im;
  }
  return out;
}

/** `|0..0><0..0|_low (x) sigma` where `sigma` acts on the high wires (new buffer). */
export function embedHigh(sigma: Float64Array, n: number, low: number): Float64Array {
  const dim = dimOf(n), dl = 1 << low, dh = 1 << (n - low);
  const out = new Float64Array(2 * dim * dim);
  for (let h = 0; h < dh; h++) for (let g = 0; g < dh; g++) {
    const k = 2 * ((dl * h) * dim + dl * g);
    out[k] = sigma[2 * (h * dh + g)];
    out[k + 1] = sigma[2 * (h * dh + g) + 1];
  }
  return out;
}

/** Largest `|rho - rho^dagger|` entry. */
export function hermiticityError(rho: Float64Array, dim: number): number {
  let worst = 0;
  for (let r = 0; r < dim; r++) for (let c = r; c < dim; c++) {
    const a = 2 * (r * dim + c), b = 2 * (c * dim + r);
    const dr = rho[a] - rho[b], di = rho[a + 1] + rho[b + 1];
    worst = Math.max(worst, Math.sqrt(dr * dr + di * di));
  }
  return worst;
}

/**
 * Smallest eigenvalue of a Hermitian matrix, by Cholesky attempts on `rho + s I` bisected on
 * `s`: accurate to about `tol`. Used by tests to check positivity.
 */
export function minEigenvalue(rho: Float64Array, dim: number, tol = 1e-10): number {
  let lo = -2, hi = 2; // spectrum of a unit-trace positive matrix lies in [0, 1]
  if (!isPositiveDefinite(rho, dim, -lo)) return Number.NEGATIVE_INFINITY;
  while (hi - lo > tol) {
    const mid = (lo + hi) / 2;
    // rho - mid I positive definite <=> lambda_min > mid
    if (isPositiveDefinite(rho, dim, -mid)) lo = mid; else hi = mid;
  }
  return lo;
}

function isPositiveDefinite(rho: Float64Array, dim: number, shift: number): boolean {
  // Complex Cholesky: L L^dagger = rho + shift I.
  const L = new Float64Array(2 * dim * dim);
  for (let j = 0; j < dim; j++) {
    let d = rho[2 * (j * dim + j)] + shift;
    for (let k = 0; k < j; k++) { const lr = L[2 * (j * dim + k)], li = L[2 * (j * dim + k) + 1]; d -= lr * lr + li * li; }
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    L[2 * (j * dim + j)] = ljj;
    for (let i = j + 1; i < dim; i++) {
      let sr = rho[2 * (i * dim + j)], si = rho[2 * (i * dim + j) + 1];
      for (let k = 0; k < j; k++) {
        const ar = L[2 * (i * dim + k)], ai = L[2 * (i * dim + k) + 1];
        const br = L[2 * (j * dim + k)], bi = -L[2 * (j * dim + k) + 1];
        sr -= ar * br - ai * bi;
        si -= ar * bi + ai * br;
      }
      L[2 * (i * dim + j)] = sr / ljj;
      L[2 * (i * dim + j) + 1] = si / ljj;
    }
  }
  return true;
}
