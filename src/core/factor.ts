/**
 * Factoring a density matrix as `rho = S S^dagger` by pivoted Cholesky, with `S` of only as
 * many columns as `rho` has rank (to round-off). The measure-reset engine pushes `S` through
 * the cell instead of `rho`, which skips a `2^n x 2^H x 2^H` product per step and is cheaper
 * still while the hidden state is nearly pure.
 */

export interface Factor {
  /** `dim x 2^colBits` interleaved, row-major; columns past `rank` are zero. */
  s: Float64Array;
  rank: number;
  /** Columns are padded to a power of two so the flat-bit kernels apply. */
  colBits: number;
}

/**
 * Pivoted Cholesky of a Hermitian positive semidefinite `rho` (side `dim`): stops when the
 * largest remaining diagonal entry is below `tol`, so the dropped part has trace below
 * `dim * tol`.
 */
export function choleskyFactor(rho: Float64Array, dim: number, tol = 1e-15): Factor {
  const a = workspace(0, rho.length);
  a.set(rho);
  // Column k of the factor, for every row, is stored at cols[2 * (i * dim + k)].
  const cols = workspace(1, rho.length);
  cols.fill(0);
  const used = new Uint8Array(dim);
  let rank = 0;
  for (let k = 0; k < dim; k++) {
    let pivot = -1, best = tol;
    for (let j = 0; j < dim; j++) if (!used[j] && a[2 * (j * dim + j)] > best) { best = a[2 * (j * dim + j)]; pivot = j; }
    if (pivot < 0) break;
    used[pivot] = 1;
    const scale = 1 / Math.sqrt(best);
    for (let i = 0; i < dim; i++) {
      if (used[i] && i !== pivot) continue; // eliminated rows are already zero
      cols[2 * (i * dim + k)] = a[2 * (i * dim + pivot)] * scale;
      cols[2 * (i * dim + k) + 1] = a[2 * (i * dim + pivot) + 1] * scale;
    }
    // a <- a - c c^dagger
    for (let i = 0; i < dim; i++) {
      const cr = cols[2 * (i * dim + k)], ci = cols[2 * (i * dim + k) + 1];
      if (cr === 0 && ci === 0) continue;
      for (let j = 0; j < dim; j++) {
        const dr = cols[2 * (j * dim + k)], di = -cols[2 * (j * dim + k) + 1];
        a[2 * (i * dim + j)] -= cr * dr - ci * di;
        a[2 * (i * dim + j) + 1] -= cr * di + ci * dr;
      }
    }
    rank++;
  }
  const colBits = Math.max(0, Math.ceil(Math.log2(Math.max(1, rank))));
  const width = 1 << colBits;
  const s = new Float64Array(2 * dim * width);
  for (let i = 0; i < dim; i++) s.set(cols.subarray(2 * i * dim, 2 * i * dim + 2 * rank), 2 * i * width);
  return { s, rank, colBits };
}

/** Reused scratch buffers (the factorisation runs one at a time). */
const buffers: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
function workspace(slot: number, length: number): Float64Array {
  if (buffers[slot].length < length) buffers[slot] = new Float64Array(length);
  return buffers[slot].length === length ? buffers[slot] : buffers[slot].subarray(0, length);
}
