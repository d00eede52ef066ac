/**
 * The echo-state baseline's head by ridge regression (docs/spec.md §8, `alpha` default 1e-6):
 * with the reservoir fixed, `yhat = V s + c` is linear in `(V, c)`, so the least-squares head
 * is one solve of `(F^T F + alpha I) w_j = F^T y_j` per output `j`, where each row of `F` is
 * `[s_t, 1]` for one scored step (`t >= washout`, with a target) of the training windows.
 * All outputs share `F`, so the `(d + 1) x (d + 1)` Gram matrix is factored once (Cholesky)
 * and solved for `m` right-hand sides. As in the reservoir QRNN's ridge
 * (src/training/ridge.ts), `alpha` also regularises the bias, and the rows are pooled over
 * the windows. A dedicated solve rather than `solveRidge`, which takes named parameters and
 * solves every head jointly: with 1,000 units that is 10^6 names and a system `m` times larger.
 */

export interface RidgeRows {
  /** `s_t` of every scored step, each of length `d`. */
  states: Float64Array[];
  /** The targets of those steps, each of length `m`. */
  targets: (readonly number[])[];
}

/**
 * The head `[V (m x d, row-major), c (m)]` that minimises `sum_rows |V s + c - y|^2 + alpha |(V, c)|^2`,
 * or `null` when the Gram matrix is not positive definite in floating point (never with `alpha > 0` and finite states).
 */
export function ridgeHead(rows: RidgeRows, d: number, m: number, alpha: number): Float64Array | null {
  const n = d + 1;
  const gram = new Float64Array(n * n), rhs = new Float64Array(m * n);
  const f = new Float64Array(n);
  rows.states.forEach((s, row) => {
    f.set(s);
    f[d] = 1;
    for (let a = 0; a < n; a++) {
      const fa = f[a];
      if (fa === 0) continue;
      for (let b = 0; b <= a; b++) gram[a * n + b] += fa * f[b];
      for (let j = 0; j < m; j++) rhs[j * n + a] += fa * rows.targets[row][j];
    }
  });
  for (let a = 0; a < n; a++) gram[a * n + a] += alpha;
  if (!cholesky(gram, n)) return null;
  const head = new Float64Array(m * n);
  for (let j = 0; j < m; j++) {
    const w = choleskySolve(gram, n, rhs.subarray(j * n, (j + 1) * n));
    for (let k = 0; k < d; k++) head[j * d + k] = w[k];
    head[m * d + j] = w[d];
  }
  return head;
}

/** `L` with `L L^T = A` in the lower triangle of `a` (row-major, only the lower triangle read); false if `A` is not positive definite. */
function cholesky(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let s = a[j * n + j];
    for (let k = 0; k < j; k++) s -= a[j * n + k] * a[j * n + k];
    if (!(s > 0)) return false;
    const l = Math.sqrt(s);
    a[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let t = a[i * n + j];
      for (let k = 0; k < j; k++) t -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = t / l;
    }
  }
  return true;
}

/** Solves `L L^T w = b` with the factor from {@link cholesky}. */
function choleskySolve(l: Float64Array, n: number, b: Float64Array): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  const w = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * w[k];
    w[i] = s / l[i * n + i];
  }
  return w;
}
