/**
 * The affine maps inside the LSTM and GRU cells. A cell's parameters are rows of
 * `[W_x (i entries), W_h (h entries), b]`, one row per gate unit, gate after gate: the
 * pre-activation of row `r` is `a_r = W_x[r] . x + W_h[r] . v + b[r]`, with `v` the hidden
 * state (or, for the GRU's candidate, `r * h`). This layout gives the SPEC's counts at once:
 * `gates * h * (i + h + 1)` (docs/spec.md §8).
 */

/** `a_r` for `rows` rows starting at row `first`, written into `out[0..rows)`. */
export function affineRows(theta: Float64Array, first: number, rows: number, x: readonly number[], v: Float64Array, out: Float64Array): void {
  const i = x.length, h = v.length, width = i + h + 1;
  for (let r = 0; r < rows; r++) {
    const at = (first + r) * width;
    let a = theta[at + i + h];
    for (let k = 0; k < i; k++) a += theta[at + k] * x[k];
    for (let k = 0; k < h; k++) a += theta[at + i + k] * v[k];
    out[r] = a;
  }
}

/**
 * The backward pass of {@link affineRows}: given `dL/da_r` in `da[0..rows)`, adds
 * `dL/dW_x = da x`, `dL/dW_h = da v`, `dL/db = da` into `gradient`, and `W_h^T da` into `dv`.
 */
export function affineRowsBackward(
  theta: Float64Array, first: number, rows: number, x: readonly number[], v: Float64Array, da: Float64Array, gradient: Float64Array, dv: Float64Array,
): void {
  const i = x.length, h = v.length, width = i + h + 1;
  for (let r = 0; r < rows; r++) {
    const d = da[r];
    if (d === 0) continue;
    const at = (first + r) * width;
    for (let k = 0; k < i; k++) gradient[at + k] += d * x[k];
    for (let k = 0; k < h; k++) {
      gradient[at + i + k] += d * v[k];
      dv[k] += theta[at + i + k] * d;
    }
    gradient[at + i + h] += d;
  }
}
