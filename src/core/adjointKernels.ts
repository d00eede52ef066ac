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
