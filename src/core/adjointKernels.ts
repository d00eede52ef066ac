/**
 * Kernels for the backward pass of the adjoint method on factored working states: the state
 * side `A` and the adjoint side `Y` of one step. For a run of one-wire gates on one wire, every
 * angle derivative `Im Tr[Y^dagger M A]` (with `M` a 2x2 operator on that wire) is a linear
 * function of the 2x2 *environment*
 *
 *     E[a][b] = sum over index pairs (i_0, i_1) differing in the wire's bit of conj(Y[i_a]) A[i_b]
 *
 * since `Tr[Y^dagger M A] = sum_{a,b} M[a][b] E[a][b]`. One pass reads `E` and un-computes the
 * run on both sides, however many gates the run fused.
 */
import { SIMD_MIN_ENTRIES, simdEnvironments } from './simd';

/**
 * Writes the environment of flat bit `bit` of `a` and `y` (`count` complex entries each) to
 * `e` (2x2 interleaved), then applies the 2x2 `gd` to both. Mutates `a`, `y` and `e`.
 */
export function environmentAndUncompute1(a: Float64Array, y: Float64Array, count: number, bit: number, gd: Float64Array, e: Float64Array): void {
  const step = 1 << bit;
  const g00r = gd[0], g00i = gd[1], g01r = gd[2], g01i = gd[3], g10r = gd[4], g10i = gd[5], g11r = gd[6], g11i = gd[7];
  let e00r = 0, e00i = 0, e01r = 0, e01i = 0, e10r = 0, e10i = 0, e11r = 0, e11i = 0;
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const p = i << 1, q = (i + step) << 1;
      const a0r = a[p], a0i = a[p + 1], a1r = a[q], a1i = a[q + 1];
      const y0r = y[p], y0i = y[p + 1], y1r = y[q], y1i = y[q + 1];
      e00r += y0r * a0r + y0i * a0i; e00i += y0r * a0i - y0i * a0r;
      e01r += y0r * a1r + y0i * a1i; e01i += y0r * a1i - y0i * a1r;
      e10r += y1r * a0r + y1i * a0i; e10i += y1r * a0i - y1i * a0r;
      e11r += y1r * a1r + y1i * a1i; e11i += y1r * a1i - y1i * a1r;
      a[p] = g00r * a0r - g00i * a0i + g01r * a1r - g01i * a1i;
      a[p + 1] = g00r * a0i + g00i * a0r + g01r * a1i + g01i * a1r;
      a[q] = g10r * a0r - g10i * a0i + g11r * a1r - g11i * a1i;
      a[q + 1] = g10r * a0i + g10i * a0r + g11r * a1i + g11i * a1r;
      y[p] = g00r * y0r - g00i * y0i + g01r * y1r - g01i * y1i;
      y[p + 1] = g00r * y0i + g00i * y0r + g01r * y1i + g01i * y1r;
      y[q] = g10r * y0r - g10i * y0i + g11r * y1r - g11i * y1i;
      y[q + 1] = g10r * y0i + g10i * y0r + g11r * y1i + g11i * y1r;
    }
  }
  e[0] = e00r; e[1] = e00i; e[2] = e01r; e[3] = e01i; e[4] = e10r; e[5] = e10i; e[6] = e11r; e[7] = e11i;
}

/**
 * The environments of several row bits at once (`bits`, flat bits of distinct wires, each at or
 * above `colBits`), written to `out` (8 doubles per bit, in order). The diagonal entries of
 * every environment are sums of the same row overlaps `sum_c conj(Y[r, c]) A[r, c]`, so
 * those are taken once: `1 + bits.length` complex products per entry instead of twice as
 * many bit by bit. Mutates only `out`.
 */
export function environments(a: Float64Array, y: Float64Array, rows: number, colBits: number, bits: readonly number[], out: Float64Array): void {
  const width = 2 << colBits;
  // The same sums in the SIMD kernel (core/simd) when the state is large.
  if (rows << colBits >= SIMD_MIN_ENTRIES && simdEnvironments(a, y, rows, colBits, bits, out)) return;
  out.fill(0, 0, 8 * bits.length);
  for (let r = 0; r < rows; r++) {
    const p = r * width;
    let dr = 0, di = 0;
    for (let k = 0; k < width; k += 2) {
      const yr = y[p + k], yi = y[p + k + 1], ar = a[p + k], ai = a[p + k + 1];
      dr += yr * ar + yi * ai;
      di += yr * ai - yi * ar;
    }
    for (let b = 0; b < bits.length; b++) {
      const rowBit = 1 << (bits[b] - colBits), e = 8 * b;
      if (r & rowBit) {
        out[e + 6] += dr; out[e + 7] += di; // E11
        continue;
      }
      out[e] += dr; out[e + 1] += di; // E00
      const q = (r | rowBit) * width;
      let xr = 0, xi = 0, zr = 0, zi = 0;
      for (let k = 0; k < width; k += 2) {
        const y0r = y[p + k], y0i = y[p + k + 1], a0r = a[p + k], a0i = a[p + k + 1];
        const y1r = y[q + k], y1i = y[q + k + 1], a1r = a[q + k], a1i = a[q + k + 1];
        xr += y0r * a1r + y0i * a1i; xi += y0r * a1i - y0i * a1r; // conj(y0) a1
        zr += y1r * a0r + y1i * a0i; zi += y1r * a0i - y1i * a0r; // conj(y1) a0
      }
      out[e + 2] += xr; out[e + 3] += xi; // E01
      out[e + 4] += zr; out[e + 5] += zi; // E10
    }
  }
}
