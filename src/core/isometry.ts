/**
 * The measure-reset step as a channel on the hidden register (docs/spec.md §1.1), for cells without
 * gate noise. Because the data register starts every step in `|0..0>`, a step only needs the
 * cell's action on the `2^H` columns `|0..0>_data (x) |h>`: the isometry
 * `V = U (|0>_data (x) I_hidden)`, a `2^n x 2^H` matrix. With a factor `rho_H = S S^dagger`
 * (core/factor.ts) the step works on `W = V S`:
 *
 *     sigma      = W W^dagger                        (the register after the cell)
 *     e_i        = Tr[O_i sigma]                     (readouts)
 *     rho_H(t+1) = Tr_data[W W^dagger]
 *
 * which costs `2^n r` per gate for `r` columns instead of the `4^n` of a full density matrix.
 * Rows are indexed `d + 2^D h` (data part `d`, hidden part `h`), so the rows of one hidden
 * index form a contiguous block.
 */
import { SIMD_MIN_ENTRIES, simdGramSums, simdHiddenTimes, simdProduct } from './simd';
import { f64 } from './arena';

/**
 * `Tr_data[W W^dagger]` for `W` of `2^n` rows and `2^colBits` columns: the hidden register
 * after a step (new `2^H x 2^H` buffer, Hermitian by construction).
 */
export function gramTraceOutData(w: Float64Array, dataQubits: number, hiddenQubits: number, colBits: number): Float64Array {
  return blockGram(w, 1 << hiddenQubits, (2 << dataQubits) << colBits);
}

/**
 * `out[h][g] = sum conj(X block g) * X block h` over `dh` contiguous blocks of `block` doubles,
 * upper triangle summed and mirrored (Hermitian by construction). Entries are summed two by
 * two in `h` and `g`: each load serves two products, and four independent sums keep the
 * floating-point units busy.
 */
function blockGram(x: Float64Array, dh: number, block: number): Float64Array {
  const y = x;
  const out = f64(2 * dh * dh);
  if (dh === 1) {
    let re = 0, im = 0;
    for (let k = 0; k < block; k += 2) {
      re += x[k] * y[k] + x[k + 1] * y[k + 1];
      im += x[k + 1] * y[k] - x[k] * y[k + 1];
    }
    put(out, dh, 0, 0, re, im);
    return out;
  }
  const simd = x.length >= 2 * SIMD_MIN_ENTRIES ? simdGramSums(x, dh, block) : null;
  if (simd) {
    // The same sums from the SIMD kernel (core/simd), placed in the same order.
    let at = 0;
    const next = (h: number, g: number) => { put(out, dh, h, g, simd[at], simd[at + 1]); at += 2; };
    for (let h = 0; h < dh; h += 2) {
      next(h, h); next(h, h + 1); next(h + 1, h + 1);
      for (let g = h + 2; g < dh; g += 2) {
        next(h, g); next(h, g + 1); next(h + 1, g); next(h + 1, g + 1);
      }
    }
    return out;
  }
  for (let h = 0; h < dh; h += 2) {
    const x0 = h * block, x1 = x0 + block;
    diagonalBlock(out, dh, x, h, x0, x1, block);
    for (let g = h + 2; g < dh; g += 2) {
      const y0 = g * block, y1 = y0 + block;
      let r00 = 0, i00 = 0, r01 = 0, i01 = 0, r10 = 0, i10 = 0, r11 = 0, i11 = 0;
      for (let k = 0; k < block; k += 2) {
        const ar = x[x0 + k], ai = x[x0 + k + 1], br = x[x1 + k], bi = x[x1 + k + 1];
        const vr = y[y0 + k], vi = y[y0 + k + 1], wr = y[y1 + k], wi = y[y1 + k + 1];
        r00 += ar * vr + ai * vi; i00 += ai * vr - ar * vi;
        r01 += ar * wr + ai * wi; i01 += ai * wr - ar * wi;
        r10 += br * vr + bi * vi; i10 += bi * vr - br * vi;
        r11 += br * wr + bi * wi; i11 += bi * wr - br * wi;
      }
      put(out, dh, h, g, r00, i00);
      put(out, dh, h, g + 1, r01, i01);
      put(out, dh, h + 1, g + 1, r11, i11);
      put(out, dh, h + 1, g, r10, i10);
    }
  }
  return out;
}

/**
 * The 2x2 block of `blockGram` on its diagonal (`g = h`): the same sums, less the one for
 * `(h + 1, h)`, which mirrors `(h, h + 1)`.
 */
function diagonalBlock(out: Float64Array, dh: number, x: Float64Array, h: number, x0: number, x1: number, block: number): void {
  let r00 = 0, i00 = 0, r01 = 0, i01 = 0, r11 = 0, i11 = 0;
  for (let k = 0; k < block; k += 2) {
    const ar = x[x0 + k], ai = x[x0 + k + 1], br = x[x1 + k], bi = x[x1 + k + 1];
    r00 += ar * ar + ai * ai; i00 += ai * ar - ar * ai;
    r01 += ar * br + ai * bi; i01 += ai * br - ar * bi;
    r11 += br * br + bi * bi; i11 += bi * br - br * bi;
  }
  put(out, dh, h, h, r00, i00);
  put(out, dh, h, h + 1, r01, i01);
  put(out, dh, h + 1, h + 1, r11, i11);
}

/** Sets entry `(h, g)` of the Hermitian `out` (side `dh`) and its mirror `(g, h)`. */
function put(out: Float64Array, dh: number, h: number, g: number, re: number, im: number): void {
  out[2 * (h * dh + g)] = re;
  out[2 * (h * dh + g) + 1] = im;
  out[2 * (g * dh + h)] = re;
  out[2 * (g * dh + h) + 1] = -im;
}

/**
 * The product state `u_0 (x) .. (x) u_{D-1}` of the data register (`2^D` complex entries),
 * with `u_w` the first column of `data[w]` (the operation applied to `|0>`), or `|0>` when
 * `data[w]` is `null`.
 */
export function dataProduct(data: readonly (Float64Array | null)[]): Float64Array {
  // Plain loops and arena arrays: this runs for every step of every shifted run.
  let phi = f64(2);
  phi[0] = 1;
  for (let w = 0; w < data.length; w++) {
    const m = data[w];
    const size = 1 << w, next = f64(4 * size);
    const u0r = m ? m[0] : 1, u0i = m ? m[1] : 0, u1r = m ? m[4] : 0, u1i = m ? m[5] : 0;
    for (let d = 0; d < size; d++) {
      const pr = phi[2 * d], pi = phi[2 * d + 1];
      next[2 * d] = pr * u0r - pi * u0i;
      next[2 * d + 1] = pr * u0i + pi * u0r;
      next[2 * (d + size)] = pr * u1r - pi * u1i;
      next[2 * (d + size) + 1] = pr * u1i + pi * u1r;
    }
    phi = next;
  }
  return phi;
}

/**
 * `phi (x) S` for the data product `phi` of `dataProduct(data)` and a factor `S`
 * (`2^H x 2^colBits`): the working state `W = V S` of a step after the one-wire operations
 * that act on `|0..0>_data` alone (new buffer, `2^n x 2^colBits`; row `d + 2^D h`). With
 * `perm`, a basis permutation that follows (core/permute.ts), row `r` is written to row
 * `perm[r]` instead: the permutation costs no pass of its own. `into`, if it has the right
 * length, is a buffer the caller has no more use for, written instead of a new one.
 */
export function productFactored(data: readonly (Float64Array | null)[], s: Float64Array, hiddenQubits: number, colBits: number, perm?: Int32Array, into?: Float64Array): Float64Array {
  const phi = dataProduct(data);
  const dl = phi.length >> 1, dh = 1 << hiddenQubits, width = 2 << colBits;
  const length = dl * dh * width;
  // The same products in the SIMD kernel (core/simd) when the state is large.
  if (length >= 2 * SIMD_MIN_ENTRIES) {
    const out = into?.length === length ? into : f64(length);
    if (simdProduct(phi, s, dl, dh, width, perm, out)) return out;
  }
  // Rows whose data amplitude is zero are skipped below, so a reused buffer is cleared first.
  const w = into?.length === length ? into.fill(0) : f64(length);
  for (let h = 0; h < dh; h++) {
    const src = h * width;
    for (let d = 0; d < dl; d++) {
      const fr = phi[2 * d], fi = phi[2 * d + 1];
      if (fr === 0 && fi === 0) continue;
      const row = h * dl + d, dst = (perm ? perm[row] : row) * width;
      for (let k = 0; k < width; k += 2) {
        const sr = s[src + k], si = s[src + k + 1];
        w[dst + k] = fr * sr - fi * si;
        w[dst + k + 1] = fr * si + fi * sr;
      }
    }
  }
  return w;
}

/** `|0..0>_data (x) S`: the working state of a step before its gates. */
export function initialFactored(dataQubits: number, hiddenQubits: number, s: Float64Array, colBits: number): Float64Array {
  return productFactored(new Array<null>(dataQubits).fill(null), s, hiddenQubits, colBits);
}

/**
 * `(I_data (x) Lambda) W` for `W` of `2^n` rows and `2^colBits` columns and `Lambda` on the
 * hidden register (`2^H x 2^H`, any matrix). The rows of one hidden index form a contiguous
 * block, so this is `4^H` scaled additions of whole blocks. Writes into `out` and returns it.
 */
export function hiddenTimes(w: Float64Array, lambda: Float64Array, dataQubits: number, hiddenQubits: number, colBits: number, out: Float64Array): Float64Array {
  const dh = 1 << hiddenQubits, block = (2 << dataQubits) << colBits;
  // The same sums in the SIMD kernel (core/simd) when the blocks come in fours and are large.
  if (dh % 4 === 0 && dh * block >= 2 * SIMD_MIN_ENTRIES && simdHiddenTimes(w, lambda, dh, block, out)) return out;
  out.fill(0, 0, dh * block);
  for (let h = 0; h < dh; h++) {
    const to = h * block, row = 2 * h * dh;
    let g = 0;
    // Four blocks per sweep of the output block: a quarter of the output traffic.
    for (; g + 3 < dh; g += 4) {
      const l0r = lambda[row + 2 * g], l0i = lambda[row + 2 * g + 1], l1r = lambda[row + 2 * g + 2], l1i = lambda[row + 2 * g + 3];
      const l2r = lambda[row + 2 * g + 4], l2i = lambda[row + 2 * g + 5], l3r = lambda[row + 2 * g + 6], l3i = lambda[row + 2 * g + 7];
      const f0 = g * block, f1 = f0 + block, f2 = f1 + block, f3 = f2 + block;
      for (let k = 0; k < block; k += 2) {
        const ar = w[f0 + k], ai = w[f0 + k + 1], br = w[f1 + k], bi = w[f1 + k + 1];
        const cr = w[f2 + k], ci = w[f2 + k + 1], dr = w[f3 + k], di = w[f3 + k + 1];
        out[to + k] += l0r * ar - l0i * ai + l1r * br - l1i * bi + l2r * cr - l2i * ci + l3r * dr - l3i * di;
        out[to + k + 1] += l0r * ai + l0i * ar + l1r * bi + l1i * br + l2r * ci + l2i * cr + l3r * di + l3i * dr;
      }
    }
    for (; g < dh; g++) addScaled(out, to, w, g * block, block, lambda[row + 2 * g], lambda[row + 2 * g + 1]);
  }
  return out;
}

/**
 * `(<phi| (x) I_hidden) Y`: the data register of `Y` (`2^n x 2^colBits`) contracted with
 * the conjugate of the data vector `phi` (new `2^H x 2^colBits` buffer).
 */
export function contractData(y: Float64Array, phi: Float64Array, dataQubits: number, hiddenQubits: number, colBits: number): Float64Array {
  const dl = 1 << dataQubits, dh = 1 << hiddenQubits, width = 2 << colBits;
  const out = f64(dh * width);
  for (let h = 0; h < dh; h++) for (let d = 0; d < dl; d++) addScaled(out, h * width, y, (h * dl + d) * width, width, phi[2 * d], -phi[2 * d + 1]);
  return out;
}

/** `out[to..] += (re + i im) x[from..]` over `length` doubles (interleaved complex). Mutates `out`. */
function addScaled(out: Float64Array, to: number, x: Float64Array, from: number, length: number, re: number, im: number): void {
  if (re === 0 && im === 0) return;
  for (let k = 0; k < length; k += 2) {
    const xr = x[from + k], xi = x[from + k + 1];
    out[to + k] += re * xr - im * xi;
    out[to + k + 1] += re * xi + im * xr;
  }
}

/**
 * `G[d] = sum_{h, c} conj(Y[d + 2^D h, c]) S[h, c]`: the overlap of each data row block of
 * `Y` (`2^n x 2^colBits`) with `S` (`2^H x 2^colBits`) (new `2^D` complex entries).
 */
export function dataOverlaps(y: Float64Array, s: Float64Array, dataQubits: number, hiddenQubits: number, colBits: number): Float64Array {
  const dl = 1 << dataQubits, dh = 1 << hiddenQubits, width = 2 << colBits;
  const out = f64(2 * dl);
  for (let h = 0; h < dh; h++) for (let d = 0; d < dl; d++) {
    const from = (h * dl + d) * width, at = h * width;
    let re = 0, im = 0;
    for (let k = 0; k < width; k += 2) {
      const yr = y[from + k], yi = y[from + k + 1], sr = s[at + k], si = s[at + k + 1];
      re += yr * sr + yi * si;
      im += yr * si - yi * sr;
    }
    out[2 * d] += re;
    out[2 * d + 1] += im;
  }
  return out;
}
