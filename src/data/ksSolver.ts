/**
 * The Kuramoto-Sivashinsky equation `u_t + u u_x + u_xx + u_xxxx = 0` on a periodic domain
 * `[0, L)` of `N` grid points, stepped by ETDRK4 (Kassam and Trefethen 2005). The state is
 * the half spectrum `v_k`, k = 0 .. N/2, of the real field; the nonlinear term
 * `-(i k / 2) FFT(u^2)` goes through the real FFT, so the field stays exactly real and the
 * integration stays bounded for as long as one likes (pitfall R3: a full complex FFT lets an
 * anti-Hermitian round-off part grow until it overflows after a few hundred time units).
 * The Nyquist bin is held at zero, as in Kassam and Trefethen's wavenumber vector.
 */
import { cos, exp, sin } from '../core/detmath';
import { createRealFft } from './fft';

/** Contour points for the ETDRK4 coefficients: Kassam and Trefethen's M = 16. */
const KS_CONTOUR_POINTS = 16;

/** A running KS integration; the state is internal. */
export interface KsSolver {
  /** Grid points. */
  readonly n: number;
  /** Time advanced so far, in time units. */
  readonly time: number;
  /** Advances `steps` steps of `dt`. */
  advance(steps: number): void;
  /** The field on the grid `x_j = j L / N` (into `out` if given, length N). */
  field(out?: Float64Array): Float64Array;
  /** The real part of Fourier coefficient `m` divided by N (so a unit cosine has 1/2). */
  modeReal(m: number): number;
}

/** Scalar coefficients of ETDRK4 for one wavenumber. */
/** ETDRK4 coefficients of one mode: `e^{h lambda}`, `e^{h lambda / 2}`, Q, f1, f2, f3 (Kassam and Trefethen's names). */
export interface Etdrk4Coefficients { e: number; e2: number; q: number; f1: number; f2: number; f3: number }

/**
 * Kassam and Trefethen's coefficients for the linear symbol `lambda` and step `h`: contour
 * means of `phi`-functions at `z = h lambda + e^{i theta}` over the upper half circle, whose
 * real parts avoid the cancellation of the textbook formulas near `z = 0`.
 */
export function etdrk4Coefficients(lambda: number, h: number, points = KS_CONTOUR_POINTS): Etdrk4Coefficients {
  let q = 0, f1 = 0, f2 = 0, f3 = 0;
  for (let r = 1; r <= points; r++) {
    const theta = (Math.PI * (r - 0.5)) / points;
    const zr = h * lambda + cos(theta), zi = sin(theta);
    // e^z and e^{z/2}.
    const ez = exp(zr), er = ez * cos(zi), ei = ez * sin(zi);
    const hz = exp(zr / 2), hr = hz * cos(zi / 2), hi = hz * sin(zi / 2);
    // z^2, z^3 and 1/z, 1/z^3.
    const z2r = zr * zr - zi * zi, z2i = 2 * zr * zi;
    const z3r = z2r * zr - z2i * zi, z3i = z2r * zi + z2i * zr;
    const d1 = zr * zr + zi * zi, d3 = z3r * z3r + z3i * z3i;
    const reDiv = (ar: number, ai: number, br: number, bi: number, d: number): number => (ar * br + ai * bi) / d;
    q += reDiv(hr - 1, hi, zr, zi, d1);
    // -4 - z + e^z (4 - 3z + z^2)
    const p1r = 4 - 3 * zr + z2r, p1i = -3 * zi + z2i;
    f1 += reDiv(-4 - zr + er * p1r - ei * p1i, -zi + er * p1i + ei * p1r, z3r, z3i, d3);
    // 2 + z + e^z (z - 2)
    f2 += reDiv(2 + zr + er * (zr - 2) - ei * zi, zi + er * zi + ei * (zr - 2), z3r, z3i, d3);
    // -4 - 3z - z^2 + e^z (4 - z)
    f3 += reDiv(-4 - 3 * zr - z2r + er * (4 - zr) + ei * zi, -3 * zi - z2i - er * zi + ei * (4 - zr), z3r, z3i, d3);
  }
  return { e: exp(h * lambda), e2: exp((h * lambda) / 2), q: (h * q) / points, f1: (h * f1) / points, f2: (h * f2) / points, f3: (h * f3) / points };
}

/**
 * A solver for domain length `length` (L), `n` grid points (a power of two >= 8) and step
 * `dt`, starting from the field `u0` (length n; its mean is conserved by the equation).
 */
export function createKsSolver(length: number, n: number, dt: number, u0: Float64Array): KsSolver {
  const fft = createRealFft(n);
  const m = n / 2, bins = m + 1;
  const k = new Float64Array(bins);
  const [E, E2, Q, F1, F2, F3] = Array.from({ length: 6 }, () => new Float64Array(bins));
  for (let j = 0; j < bins; j++) {
    k[j] = j === m ? 0 : (2 * Math.PI * j) / length;
    const c = etdrk4Coefficients(k[j] * k[j] - k[j] * k[j] * k[j] * k[j], dt);
    E[j] = c.e; E2[j] = c.e2; Q[j] = c.q; F1[j] = c.f1; F2[j] = c.f2; F3[j] = c.f3;
  }
  const vr = new Float64Array(bins), vi = new Float64Array(bins);
  fft.forward(u0, vr, vi);
  vi[0] = 0; vr[m] = 0; vi[m] = 0;
  const buf = (): [Float64Array, Float64Array] => [new Float64Array(bins), new Float64Array(bins)];
  const [nvr, nvi] = buf(), [nar, nai] = buf(), [nbr, nbi] = buf(), [ncr, nci] = buf();
  const [ar, ai] = buf(), [br, bi] = buf(), [cr, ci] = buf();
  const u = new Float64Array(n);
  let steps = 0;

  /** Writes `-(i k / 2) FFT(ifft(s)^2)` into (outR, outI). */
  const nonlinear = (sr: Float64Array, si: Float64Array, outR: Float64Array, outI: Float64Array): void => {
    fft.inverse(sr, si, u);
    for (let j = 0; j < n; j++) u[j] *= u[j];
    fft.forward(u, outR, outI);
    for (let j = 0; j < bins; j++) {
      const re = outR[j], half = 0.5 * k[j];
      outR[j] = half * outI[j];
      outI[j] = -half * re;
    }
  };

  const step = (): void => {
    nonlinear(vr, vi, nvr, nvi);
    for (let j = 0; j < bins; j++) { ar[j] = E2[j] * vr[j] + Q[j] * nvr[j]; ai[j] = E2[j] * vi[j] + Q[j] * nvi[j]; }
    nonlinear(ar, ai, nar, nai);
    for (let j = 0; j < bins; j++) { br[j] = E2[j] * vr[j] + Q[j] * nar[j]; bi[j] = E2[j] * vi[j] + Q[j] * nai[j]; }
    nonlinear(br, bi, nbr, nbi);
    for (let j = 0; j < bins; j++) {
      cr[j] = E2[j] * ar[j] + Q[j] * (2 * nbr[j] - nvr[j]);
      ci[j] = E2[j] * ai[j] + Q[j] * (2 * nbi[j] - nvi[j]);
    }
    nonlinear(cr, ci, ncr, nci);
    for (let j = 0; j < bins; j++) {
      vr[j] = E[j] * vr[j] + F1[j] * nvr[j] + 2 * F2[j] * (nar[j] + nbr[j]) + F3[j] * ncr[j];
      vi[j] = E[j] * vi[j] + F1[j] * nvi[j] + 2 * F2[j] * (nai[j] + nbi[j]) + F3[j] * nci[j];
    }
    steps++;
  };

  return {
    n,
    get time() { return steps * dt; },
    advance(count) { for (let s = 0; s < count; s++) step(); },
    field(out = new Float64Array(n)) { fft.inverse(vr, vi, out); return out; },
    modeReal: (mode) => vr[mode] / n,
  };
}
