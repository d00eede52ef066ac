/**
 * A small real FFT for power-of-two sizes, used by the Kuramoto-Sivashinsky integrator. A
 * real signal of length `n` is packed into a complex one of length `n / 2` (even samples as
 * real parts, odd as imaginary), transformed by an iterative radix-2 FFT, and unpacked into
 * the `n / 2 + 1` non-negative-frequency bins. The inverse takes those bins only, so every
 * round trip yields an exactly real signal: the Hermitian symmetry of the spectrum is built
 * in, not hoped for (see the KS pitfall R3 in the research notes).
 *
 * Conventions: forward `X[k] = sum_j x[j] e^{-2 pi i k j / n}` (unnormalised); inverse
 * `x[j] = (1/n) sum_k X[k] e^{+2 pi i k j / n}` over the full Hermitian spectrum. Spectra are
 * two `Float64Array`s of length `n / 2 + 1` (real parts, imaginary parts).
 */
import { cos, sin } from '../core/detmath';

/** A real FFT of one size, with its scratch buffers (not reentrant). */
export interface RealFft {
  /** Signal length, a power of two >= 4. */
  readonly n: number;
  /** Spectrum of the real signal `x` (length n) into `re`, `im` (length n/2 + 1). */
  forward(x: Float64Array, re: Float64Array, im: Float64Array): void;
  /**
   * The real signal (into `x`, length n) whose spectrum has non-negative bins `re`, `im`. The
   * imaginary parts of bins 0 and n/2 are taken as 0, as they are for any real signal.
   */
  inverse(re: Float64Array, im: Float64Array, x: Float64Array): void;
}

/** True for 1, 2, 4, 8, ... */
export function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

/** A real FFT of size `n` (a power of two, at least 4) with its twiddles precomputed. */
export function createRealFft(n: number): RealFft {
  if (!isPowerOfTwo(n) || n < 4) throw new RangeError(`real FFT size must be a power of two >= 4, got ${n}`);
  const m = n / 2;
  const cosM = new Float64Array(m / 2), sinM = new Float64Array(m / 2);
  for (let k = 0; k < m / 2; k++) { cosM[k] = cos((2 * Math.PI * k) / m); sinM[k] = sin((2 * Math.PI * k) / m); }
  const cosN = new Float64Array(m + 1), sinN = new Float64Array(m + 1);
  for (let k = 0; k <= m; k++) { cosN[k] = cos((2 * Math.PI * k) / n); sinN[k] = sin((2 * Math.PI * k) / n); }
  const bits = Math.log2(m);
  const reverse = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
    reverse[i] = r;
  }
  const zr = new Float64Array(m), zi = new Float64Array(m);

  /** In-place complex FFT of (zr, zi), length m; `sign` -1 forward, +1 inverse (unscaled). */
  const complexFft = (sign: number): void => {
    for (let i = 0; i < m; i++) {
      const j = reverse[i];
      if (j > i) {
        let t = zr[i]; zr[i] = zr[j]; zr[j] = t;
        t = zi[i]; zi[i] = zi[j]; zi[j] = t;
      }
    }
    for (let size = 2; size <= m; size *= 2) {
      const half = size / 2, step = m / size;
      for (let start = 0; start < m; start += size) {
        for (let j = 0; j < half; j++) {
          const wr = cosM[j * step], wi = sign * sinM[j * step];
          const a = start + j, b = a + half;
          const tr = wr * zr[b] - wi * zi[b];
          const ti = wr * zi[b] + wi * zr[b];
          zr[b] = zr[a] - tr; zi[b] = zi[a] - ti;
          zr[a] += tr; zi[a] += ti;
        }
      }
    }
  };

  return {
    n,
    forward(x, re, im) {
      for (let j = 0; j < m; j++) { zr[j] = x[2 * j]; zi[j] = x[2 * j + 1]; }
      complexFft(-1);
      for (let k = 0; k <= m; k++) {
        const p = k % m, q = (m - k) % m;
        // Even part (Z[k] + conj Z[m-k]) / 2 and odd part (Z[k] - conj Z[m-k]) / (2i).
        const er = 0.5 * (zr[p] + zr[q]), ei = 0.5 * (zi[p] - zi[q]);
        const or = 0.5 * (zi[p] + zi[q]), oi = -0.5 * (zr[p] - zr[q]);
        // X[k] = E + e^{-2 pi i k / n} O.
        re[k] = er + cosN[k] * or + sinN[k] * oi;
        im[k] = ei + cosN[k] * oi - sinN[k] * or;
      }
    },
    inverse(re, im, x) {
      for (let k = 0; k < m; k++) {
        const q = m - k;
        const ar = re[k], ai = k === 0 ? 0 : im[k];
        const br = re[q], bi = q === m ? 0 : -im[q];
        const er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
        // O = (A - B) / 2 * e^{+2 pi i k / n}.
        const dr = 0.5 * (ar - br), di = 0.5 * (ai - bi);
        const or = dr * cosN[k] - di * sinN[k], oi = dr * sinN[k] + di * cosN[k];
        // Z = E + i O.
        zr[k] = er - oi;
        zi[k] = ei + or;
      }
      complexFft(1);
      const scale = 1 / m;
      for (let j = 0; j < m; j++) { x[2 * j] = zr[j] * scale; x[2 * j + 1] = zi[j] * scale; }
    },
  };
}
