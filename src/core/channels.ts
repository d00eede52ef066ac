/**
 * The noise channels of docs/spec.md §1.4 on density matrices, in place:
 *
 * - one-wire depolarizing `rho -> (1 - p) rho + (p / 3) (X rho X + Y rho Y + Z rho Z)`;
 * - two-wire depolarizing `rho -> (1 - p) rho + (p / 15) sum_{P != II} P rho P` over the 15
 *   non-identity Pauli pairs of the two wires;
 * - amplitude damping `K0 = [[1, 0], [0, sqrt(1 - g)]]`, `K1 = [[0, sqrt(g)], [0, 0]]`;
 * - readout error `e -> (1 - 2q) e` (a number, not a state: see `readoutError`).
 *
 * Each is self-adjoint except amplitude damping, whose dual is `dampDual`. The reset of the
 * data register lives in `density.ts` (`traceOutLow` + `embedHigh`).
 */
import { dimOf } from './density';

function insertZeros(i: number, sortedBits: readonly number[]): number {
  for (const bit of sortedBits) {
    const low = i & ((1 << bit) - 1);
    i = ((i >> bit) << (bit + 1)) | low;
  }
  return i;
}

/**
 * Mixes each block over `wires` towards `I / 2^k (x) Tr_wires` with weight `1 - lambda`:
 * entry `(l, l')` of the block becomes `lambda e + (1 - lambda) delta_{l l'} (trace / 2^k)`.
 */
function contractTowardsTrace(rho: Float64Array, n: number, wires: readonly number[], lambda: number): void {
  const k = wires.length, dk = 1 << k;
  const rowBits = wires.map((w) => w + n), colBits = [...wires];
  const bits = [...rowBits, ...colBits].sort((a, b) => a - b);
  const blocks = (dimOf(n) * dimOf(n)) >> (2 * k);
  const offset = new Int32Array(dk);
  for (let l = 0; l < dk; l++) wires.forEach((_, b) => { if ((l >> b) & 1) offset[l] |= 1 << wires[b]; });
  const dim = dimOf(n);
  for (let blk = 0; blk < blocks; blk++) {
    const base = insertZeros(blk, bits);
    let tr = 0, ti = 0;
    for (let l = 0; l < dk; l++) {
      const p = 2 * (base + offset[l] * dim + offset[l]);
      tr += rho[p]; ti += rho[p + 1];
    }
    tr /= dk; ti /= dk;
    for (let l = 0; l < dk; l++) for (let m = 0; m < dk; m++) {
      const p = 2 * (base + offset[l] * dim + offset[m]);
      rho[p] *= lambda; rho[p + 1] *= lambda;
      if (l === m) { rho[p] += (1 - lambda) * tr; rho[p + 1] += (1 - lambda) * ti; }
    }
  }
}

/** One-wire depolarizing channel of strength `p` on `wire`. Mutates `rho`. */
export function depolarize1(rho: Float64Array, n: number, wire: number, p: number): void {
  if (p === 0) return;
  contractTowardsTrace(rho, n, [wire], 1 - (4 * p) / 3);
}

/** Two-wire depolarizing channel of strength `p` on `wires`. Mutates `rho`. */
export function depolarize2(rho: Float64Array, n: number, wires: readonly [number, number] | readonly number[], p: number): void {
  if (p === 0) return;
  contractTowardsTrace(rho, n, wires, 1 - (16 * p) / 15);
}

/**
 * Amplitude damping with probability `gamma` on `wire` of an `n`-qubit density matrix.
 * Mutates `rho`.
 */
export function amplitudeDamp(rho: Float64Array, n: number, wire: number, gamma: number): void {
  if (gamma === 0) return;
  const dim = dimOf(n), b = 1 << wire, s = Math.sqrt(1 - gamma);
  for (let r = 0; r < dim; r++) {
    if (r & b) continue;
    for (let c = 0; c < dim; c++) {
      if (c & b) continue;
      const p00 = 2 * (r * dim + c), p01 = 2 * (r * dim + (c | b)), p10 = 2 * ((r | b) * dim + c), p11 = 2 * ((r | b) * dim + (c | b));
      rho[p00] += gamma * rho[p11]; rho[p00 + 1] += gamma * rho[p11 + 1];
      rho[p01] *= s; rho[p01 + 1] *= s;
      rho[p10] *= s; rho[p10 + 1] *= s;
      rho[p11] *= 1 - gamma; rho[p11 + 1] *= 1 - gamma;
    }
  }
}

/**
 * The dual (Heisenberg picture) of amplitude damping, on an observable `X`:
 * `X -> K0^dagger X K0 + K1^dagger X K1`. Mutates `x`.
 */
export function dampDual(x: Float64Array, n: number, wire: number, gamma: number): void {
  if (gamma === 0) return;
  const dim = dimOf(n), b = 1 << wire, s = Math.sqrt(1 - gamma);
  for (let r = 0; r < dim; r++) {
    if (r & b) continue;
    for (let c = 0; c < dim; c++) {
      if (c & b) continue;
      const p00 = 2 * (r * dim + c), p01 = 2 * (r * dim + (c | b)), p10 = 2 * ((r | b) * dim + c), p11 = 2 * ((r | b) * dim + (c | b));
      // K1^dagger X K1 = gamma X_00 |1><1|
      x[p11] = (1 - gamma) * x[p11] + gamma * x[p00];
      x[p11 + 1] = (1 - gamma) * x[p11 + 1] + gamma * x[p00 + 1];
      x[p01] *= s; x[p01 + 1] *= s;
      x[p10] *= s; x[p10 + 1] *= s;
    }
  }
}

/** Readout error `q`: the measured expectation of a Pauli is `(1 - 2q) e`. */
export function readoutError(e: number, q: number): number {
  return (1 - 2 * q) * e;
}

/**
 * Readout error `q` on the outcome distribution of `k` wires measured together (docs/spec.md
 * §1.4, 5.2): each bit flips independently with probability `q`, so the reported vector is
 * `M^(x k) p` with `M = [[1-q, q], [q, 1-q]]`. `M` is symmetric, so the same map is its own
 * dual (the adjoint pulls coefficients back through it). Returns a new array.
 */
export function readoutErrorBits(p: readonly number[], k: number, q: number): number[] {
  const out = [...p];
  if (q === 0) return out;
  for (let j = 0; j < k; j++) {
    const bit = 1 << j;
    for (let b = 0; b < out.length; b++) {
      if (b & bit) continue;
      const p0 = out[b], p1 = out[b | bit];
      out[b] = (1 - q) * p0 + q * p1;
      out[b | bit] = q * p0 + (1 - q) * p1;
    }
  }
  return out;
}
