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
  const a = Float64Array.from(rho);
  const columns: Float64Array[] = [];
  const used = new Uint8Array(dim);
  for (let k = 0; k < dim; k++) {
    let pivot = -1, best = tol;
    for (let j = 0; j < dim; j++) if (!used[j] && a[2 * (j * dim + j)] > best) { best = a[2 * (j * dim + j)]; pivot = j; }
    if (pivot < 0) break;
    used[pivot] = 1;
    const scale = 1 / Math.sqrt(best);
    const col = new Float64Array(2 * dim);
    for (let i = 0; i < dim; i++) {
      if (used[i] && i !== pivot) continue; // eliminated rows are already zero
      col[2 * i] = a[2 * (i * dim + pivot)] * scale;
      col[2 * i + 1] = a[2 * (i * dim + pivot) + 1] * scale;
    }
    // a <- a - col col^dagger on the rows and columns still in play
    for (let i = 0; i < dim; i++) {
      const cr = col[2 * i], ci = col[2 * i + 1];
      if (cr === 0 && ci === 0) continue;
      for (let j = 0; j < dim; j++) {
        const dr = col[2 * j], di = -col[2 * j + 1];
        a[2 * (i * dim + j)] -= cr * dr - ci * di;
        a[2 * (i * dim + j) + 1] -= cr * di + ci * dr;
      }
    }
    columns.push(col);
  }
  const rank = columns.length;
  const colBits = Math.max(0, Math.ceil(Math.log2(Math.max(1, rank))));
  const cols = 1 << colBits;
  const s = new Float64Array(2 * dim * cols);
  columns.forEach((col, c) => {
    for (let i = 0; i < dim; i++) { s[2 * (i * cols + c)] = col[2 * i]; s[2 * (i * cols + c) + 1] = col[2 * i + 1]; }
  });
  return { s, rank, colBits };
}
