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
  /**
   * The row chosen as pivot for each column: column `k` is zero in rows `pivots[0..k-1]`,
   * so the rows `pivots` of `s` form a lower-triangular `rank x rank` matrix with a real
   * positive diagonal.
   */
  pivots: Int32Array;
}

/**
 * Pivoted Cholesky of a Hermitian positive semidefinite `rho` (side `dim`): stops when the
 * largest remaining diagonal entry is below `tol`, so the dropped part has trace below
 * `dim * tol`. With `transient`, `s` and `pivots` are reused buffers, valid until the next
 * transient call: for a caller that reads them at once and keeps nothing of them (a step's
 * working state is built from `s`), so that a run of steps allocates no factor per step.
 */
export function choleskyFactor(rho: Float64Array, dim: number, tol = 1e-15, transient = false): Factor {
  const a = workspace(0, rho.length);
  a.set(rho);
  // Column k of the factor, for every row, is stored at cols[2 * (i * dim + k)].
  const cols = workspace(1, rho.length);
  cols.fill(0);
  // The rows (and columns) not yet eliminated: only these are read or updated again.
  const { left, pivots } = indexSpace(dim);
  for (let i = 0; i < dim; i++) left[i] = i;
  let live = dim;
  let rank = 0;
  for (let k = 0; k < dim; k++) {
    let at = -1, best = tol;
    for (let m = 0; m < live; m++) {
      const j = left[m], d = a[2 * (j * dim + j)];
      if (d > best) { best = d; at = m; }
    }
    if (at < 0) break;
    const pivot = left[at];
    left.copyWithin(at, at + 1, live--); // kept in order: ties go to the lowest index
    pivots[k] = pivot;
    const scale = 1 / Math.sqrt(best);
    cols[2 * (pivot * dim + k)] = best * scale;
    // Only the upper triangle of `a` is kept up to date (the update below): entry (i, pivot)
    // below the diagonal is read as the conjugate of (pivot, i), which is bit for bit the same.
    for (let m = 0; m < live; m++) {
      const i = left[m];
      const upper = i < pivot ? 2 * (i * dim + pivot) : 2 * (pivot * dim + i);
      cols[2 * (i * dim + k)] = a[upper] * scale;
      cols[2 * (i * dim + k) + 1] = (i < pivot ? a[upper + 1] : -a[upper + 1]) * scale;
    }
    // a <- a - c c^dagger on the rows and columns still live, upper triangle: `left` is in
    // increasing order, so the entries from `m` on are the columns j >= i.
    for (let m = 0; m < live; m++) {
      const i = left[m], cr = cols[2 * (i * dim + k)], ci = cols[2 * (i * dim + k) + 1];
      if (cr === 0 && ci === 0) continue;
      for (let q = m; q < live; q++) {
        const j = left[q], dr = cols[2 * (j * dim + k)], di = -cols[2 * (j * dim + k) + 1];
        a[2 * (i * dim + j)] -= cr * dr - ci * di;
        a[2 * (i * dim + j) + 1] -= cr * di + ci * dr;
      }
    }
    rank++;
  }
  const colBits = Math.max(0, Math.ceil(Math.log2(Math.max(1, rank))));
  const width = 1 << colBits;
  const s = transient ? workspace(2, 2 * dim * width) : new Float64Array(2 * dim * width);
  if (transient) s.fill(0);
  for (let i = 0; i < dim; i++) for (let k = 0; k < 2 * rank; k++) s[2 * i * width + k] = cols[2 * i * dim + k];
  return { s, rank, colBits, pivots: transient ? pivotView(rank) : pivots.slice(0, rank) };
}

/**
 * Given `M = X S` for the factor `S` of `rho` (`dim x 2^colBits`), returns `X'` (`dim x dim`)
 * with `X' y = X y` for every `y` in the range of `rho`: the solution `Z` of `Z T = M` for
 * the triangular pivot rows `T` of `S`, placed in the pivot columns (`X' = M L` for the left
 * inverse `L` of `S` supported on its pivot rows). That is all of `X` a later product with
 * anything in the range of `rho` can see. Returns `null` when the factor is too close to
 * singular for `X'` to be accurate: its smallest pivot below `minRatio` times its largest.
 */
export function rightSolveFactor(m: Float64Array, f: Factor, dim: number, minRatio = 1e-5): Float64Array | null {
  const { s, rank, colBits, pivots } = f;
  const cols = 1 << colBits;
  const t = (j: number, k: number) => 2 * (pivots[j] * cols + k); // T[j][k] = S[pivots[j]][k]
  let largest = 0, smallest = Infinity;
  for (let j = 0; j < rank; j++) {
    largest = Math.max(largest, s[t(j, j)]);
    smallest = Math.min(smallest, s[t(j, j)]);
  }
  if (rank > 0 && smallest < minRatio * largest) return null;
  const out = new Float64Array(2 * dim * dim);
  // Column j of Z from the right: Z[:, j] = (M[:, j] - sum_{k > j} Z[:, k] T[k][j]) / T[j][j].
  for (let j = rank - 1; j >= 0; j--) {
    const pj = pivots[j], d = s[t(j, j)];
    for (let i = 0; i < dim; i++) {
      let re = m[2 * (i * cols + j)], im = m[2 * (i * cols + j) + 1];
      for (let k = j + 1; k < rank; k++) {
        const zr = out[2 * (i * dim + pivots[k])], zi = out[2 * (i * dim + pivots[k]) + 1];
        const tr = s[t(k, j)], ti = s[t(k, j) + 1];
        re -= zr * tr - zi * ti;
        im -= zr * ti + zi * tr;
      }
      out[2 * (i * dim + pj)] = re / d;
      out[2 * (i * dim + pj) + 1] = im / d;
    }
  }
  return out;
}

/**
 * Reused index buffers of at least `length` entries, the rows not yet eliminated and the
 * pivots so far (the factorisation runs one at a time; a factor keeps a copy of its pivots).
 */
let indices = { left: new Int32Array(0), pivots: new Int32Array(0) };
const pivotViews = new Map<number, Int32Array>();
function indexSpace(length: number) {
  if (indices.left.length < length) {
    indices = { left: new Int32Array(length), pivots: new Int32Array(length) };
    pivotViews.clear();
  }
  return indices;
}

/** The first `rank` reused pivots. */
const pivotView = (rank: number): Int32Array => viewOf(pivotViews, indices.pivots, rank);

/** Reused scratch buffers (the factorisation runs one at a time), as views of `length` entries. */
const buffers: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
const views: Map<number, Float64Array>[] = [new Map(), new Map(), new Map()];
function workspace(slot: number, length: number): Float64Array {
  if (buffers[slot].length < length) {
    buffers[slot] = new Float64Array(length);
    views[slot].clear();
  }
  return viewOf(views[slot], buffers[slot], length);
}

/**
 * The first `length` entries of `buffer`, each view made once (`cache` holds them, and is
 * emptied when the buffer is replaced): a factorisation runs for every step of every shifted
 * run, and a new view each time would be garbage on the training threads' cores.
 */
function viewOf<T extends Float64Array | Int32Array>(cache: Map<number, T>, buffer: T, length: number): T {
  let view = cache.get(length);
  if (!view) {
    view = (buffer.length === length ? buffer : buffer.subarray(0, length)) as T;
    cache.set(length, view);
  }
  return view;
}
