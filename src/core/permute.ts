/**
 * Gates that only permute basis states (X, CNOT, SWAP) and runs of them composed into one
 * permutation, applied as a single gather pass instead of one pass per gate. A permutation
 * `perm` maps basis index `r` to `perm[r]`: the operator `|r> -> |perm[r]>`.
 */
import type { GateName } from './gates';

/** The permutation of a permutation gate on `wires` of `n` qubits, or `null` for other gates. */
export function gatePermutation(gate: GateName, wires: readonly number[], n: number): Int32Array | null {
  const dim = 1 << n;
  const perm = new Int32Array(dim);
  for (let r = 0; r < dim; r++) {
    const bit = (w: number) => (r >> w) & 1;
    switch (gate) {
      case 'X': perm[r] = r ^ (1 << wires[0]); break;
      case 'CNOT': perm[r] = bit(wires[0]) ? r ^ (1 << wires[1]) : r; break;
      case 'SWAP': perm[r] = bit(wires[0]) === bit(wires[1]) ? r : r ^ (1 << wires[0]) ^ (1 << wires[1]); break;
      default: return null;
    }
  }
  return perm;
}

/** `then` after `first`: `r -> then[first[r]]` (new array). */
export function composePermutations(first: Int32Array, then: Int32Array): Int32Array {
  const out = new Int32Array(first.length);
  for (let r = 0; r < first.length; r++) out[r] = then[first[r]];
  return out;
}

export function invertPermutation(perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let r = 0; r < perm.length; r++) out[perm[r]] = r;
  return out;
}

/**
 * Applies the permutation to the row index of a `rows x cols` complex matrix: row `r` moves
 * to row `perm[r]`. `scratch` must hold the buffer's length. Mutates `buf`.
 */
export function permuteRows(buf: Float64Array, cols: number, perm: Int32Array, scratch: Float64Array): void {
  const width = 2 * cols;
  scratch.set(buf.subarray(0, perm.length * width));
  for (let r = 0; r < perm.length; r++) buf.set(scratch.subarray(r * width, (r + 1) * width), perm[r] * width);
}

/** `P rho P^T` for a density matrix: entry `(r, c)` moves to `(perm[r], perm[c])`. Mutates `rho`. */
export function permuteDensity(rho: Float64Array, perm: Int32Array, scratch: Float64Array): void {
  const dim = perm.length;
  scratch.set(rho);
  for (let r = 0; r < dim; r++) {
    const row = 2 * perm[r] * dim;
    for (let c = 0; c < dim; c++) {
      const to = row + 2 * perm[c], from = 2 * (r * dim + c);
      rho[to] = scratch[from];
      rho[to + 1] = scratch[from + 1];
    }
  }
}
