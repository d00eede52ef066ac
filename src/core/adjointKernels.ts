/**
 * Fused kernels for the backward pass of the adjoint method on isometries: for a one-wire
 * gate, one pass over the pair of matrices `A` (the state side) and `B` (the adjoint side)
 * both reads the angle derivative `Im Tr[B^dagger K A]` and un-computes the gate,
 * `A <- G^dagger A`, `B <- G^dagger B`. Separately these would take three passes.
 */

/**
 * On flat bit `bit` of `count` complex entries: returns `Im Tr[B^dagger K A]` for the 2x2
 * `k` (taken before the update), then applies the 2x2 `gd` to both `a` and `b`. Mutates
 * `a` and `b`.
 */
export function traceAndUncompute1(a: Float64Array, b: Float64Array, count: number, bit: number, k: Float64Array, gd: Float64Array): number {
  const step = 1 << bit;
  const k00r = k[0], k00i = k[1], k01r = k[2], k01i = k[3], k10r = k[4], k10i = k[5], k11r = k[6], k11i = k[7];
  const g00r = gd[0], g00i = gd[1], g01r = gd[2], g01i = gd[3], g10r = gd[4], g10i = gd[5], g11r = gd[6], g11i = gd[7];
  let im = 0;
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const p = i << 1, q = (i + step) << 1;
      const a0r = a[p], a0i = a[p + 1], a1r = a[q], a1i = a[q + 1];
      const b0r = b[p], b0i = b[p + 1], b1r = b[q], b1i = b[q + 1];
      // (K A) on the pair
      const c0r = k00r * a0r - k00i * a0i + k01r * a1r - k01i * a1i;
      const c0i = k00r * a0i + k00i * a0r + k01r * a1i + k01i * a1r;
      const c1r = k10r * a0r - k10i * a0i + k11r * a1r - k11i * a1i;
      const c1i = k10r * a0i + k10i * a0r + k11r * a1i + k11i * a1r;
      // Im(conj(b) c)
      im += b0r * c0i - b0i * c0r + b1r * c1i - b1i * c1r;
      a[p] = g00r * a0r - g00i * a0i + g01r * a1r - g01i * a1i;
      a[p + 1] = g00r * a0i + g00i * a0r + g01r * a1i + g01i * a1r;
      a[q] = g10r * a0r - g10i * a0i + g11r * a1r - g11i * a1i;
      a[q + 1] = g10r * a0i + g10i * a0r + g11r * a1i + g11i * a1r;
      b[p] = g00r * b0r - g00i * b0i + g01r * b1r - g01i * b1i;
      b[p + 1] = g00r * b0i + g00i * b0r + g01r * b1i + g01i * b1r;
      b[q] = g10r * b0r - g10i * b0i + g11r * b1r - g11i * b1i;
      b[q + 1] = g10r * b0i + g10i * b0r + g11r * b1i + g11i * b1r;
    }
  }
  return im;
}

/**
 * Two adjacent one-wire rotations on the same flat bit, `G_early` then `G_late`, in one pass:
 * `Im Tr[B^dagger K_late A]` on the current pair, then `A, B <- (G_late G_early)^dagger (A, B)`,
 * then `Im Tr[B^dagger K_early A]` on the updated pair, which equals its value between the
 * two gates because `G_early` commutes with its own generator. Writes the two derivatives to
 * `out[0]` (late) and `out[1]` (early). Mutates `a` and `b`.
 */
export function traceTwiceAndUncompute1(a: Float64Array, b: Float64Array, count: number, bit: number, kLate: Float64Array, kEarly: Float64Array, gd: Float64Array, out: Float64Array): void {
  const step = 1 << bit;
  const [l00r, l00i, l01r, l01i, l10r, l10i, l11r, l11i] = kLate;
  const [e00r, e00i, e01r, e01i, e10r, e10i, e11r, e11i] = kEarly;
  const [g00r, g00i, g01r, g01i, g10r, g10i, g11r, g11i] = gd;
  let late = 0, early = 0;
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const p = i << 1, q = (i + step) << 1;
      let a0r = a[p], a0i = a[p + 1], a1r = a[q], a1i = a[q + 1];
      let b0r = b[p], b0i = b[p + 1], b1r = b[q], b1i = b[q + 1];
      late += b0r * (l00r * a0i + l00i * a0r + l01r * a1i + l01i * a1r) - b0i * (l00r * a0r - l00i * a0i + l01r * a1r - l01i * a1i)
        + b1r * (l10r * a0i + l10i * a0r + l11r * a1i + l11i * a1r) - b1i * (l10r * a0r - l10i * a0i + l11r * a1r - l11i * a1i);
      const n0r = g00r * a0r - g00i * a0i + g01r * a1r - g01i * a1i, n0i = g00r * a0i + g00i * a0r + g01r * a1i + g01i * a1r;
      const n1r = g10r * a0r - g10i * a0i + g11r * a1r - g11i * a1i, n1i = g10r * a0i + g10i * a0r + g11r * a1i + g11i * a1r;
      const m0r = g00r * b0r - g00i * b0i + g01r * b1r - g01i * b1i, m0i = g00r * b0i + g00i * b0r + g01r * b1i + g01i * b1r;
      const m1r = g10r * b0r - g10i * b0i + g11r * b1r - g11i * b1i, m1i = g10r * b0i + g10i * b0r + g11r * b1i + g11i * b1r;
      a0r = n0r; a0i = n0i; a1r = n1r; a1i = n1i;
      b0r = m0r; b0i = m0i; b1r = m1r; b1i = m1i;
      early += b0r * (e00r * a0i + e00i * a0r + e01r * a1i + e01i * a1r) - b0i * (e00r * a0r - e00i * a0i + e01r * a1r - e01i * a1i)
        + b1r * (e10r * a0i + e10i * a0r + e11r * a1i + e11i * a1r) - b1i * (e10r * a0r - e10i * a0i + e11r * a1r - e11i * a1i);
      a[p] = a0r; a[p + 1] = a0i; a[q] = a1r; a[q + 1] = a1i;
      b[p] = b0r; b[p + 1] = b0i; b[q] = b1r; b[q + 1] = b1i;
    }
  }
  out[0] = late;
  out[1] = early;
}
