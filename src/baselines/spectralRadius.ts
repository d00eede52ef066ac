/**
 * The spectral radius of a real square matrix, `max |lambda|` over its eigenvalues, for the
 * echo-state reservoir (docs/spec.md §8: scaled to a given spectral radius).
 *
 * Why not power iteration: a random non-symmetric matrix's largest eigenvalues are usually a
 * complex pair, and by the circular law several more lie close to the same circle, so the
 * iterate rotates instead of converging, and `|W^k v|^(1/k)` converges only as `1/k`. The
 * lab computes every eigenvalue instead, by the classical dense method (Wilkinson and
 * Reinsch's EISPACK `orthes` + `hqr`, as in Golub & Van Loan §7.4-7.5): a Householder
 * reduction to upper Hessenberg form, then Francis double-shift QR steps until the matrix
 * splits into 1x1 and 2x2 blocks, whose eigenvalues are read in closed form. Only `+ - * /`,
 * `abs` and `sqrt` (all exactly rounded in IEEE-754), so the result is the same bits on
 * every engine. Cost: about `10 n^3` operations, once per reservoir. No balancing: the
 * reservoir's entries are all of one scale.
 */

/** Eigenvalues (real and imaginary parts, in no particular order) of the `n x n` row-major `matrix`. */
export function eigenvalues(matrix: Float64Array, n: number): { re: Float64Array; im: Float64Array } {
  // 1-based indices inside, as in EISPACK, so the algorithm reads as published.
  const w = n + 1;
  const a = new Float64Array(w * w);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[(i + 1) * w + j + 1] = matrix[i * n + j];
  toHessenberg(a, n);
  return hessenbergEigenvalues(a, n);
}

/** `max |lambda|`; 0 for an empty matrix. */
export function spectralRadius(matrix: Float64Array, n: number): number {
  const { re, im } = eigenvalues(matrix, n);
  let radius = 0;
  for (let k = 0; k < n; k++) radius = Math.max(radius, Math.sqrt(re[k] * re[k] + im[k] * im[k]));
  return radius;
}

/** Householder similarity transforms to upper Hessenberg form, in place (`orthes`), with the part below the subdiagonal set to 0. */
function toHessenberg(a: Float64Array, n: number): void {
  const w = n + 1, u = new Float64Array(w), f = new Float64Array(w);
  for (let m = 2; m <= n - 1; m++) {
    let scale = 0;
    for (let i = m; i <= n; i++) scale += Math.abs(a[i * w + m - 1]);
    if (scale === 0) continue;
    let hh = 0;
    for (let i = n; i >= m; i--) { u[i] = a[i * w + m - 1] / scale; hh += u[i] * u[i]; }
    const g = u[m] > 0 ? -Math.sqrt(hh) : Math.sqrt(hh);
    hh -= u[m] * g;
    u[m] -= g;
    // (I - u u^T / hh) A: rows m..n, columns m..n; row by row, for the cache.
    f.fill(0);
    for (let i = m; i <= n; i++) for (let j = m; j <= n; j++) f[j] += u[i] * a[i * w + j];
    for (let i = m; i <= n; i++) for (let j = m; j <= n; j++) a[i * w + j] -= (f[j] / hh) * u[i];
    // A (I - u u^T / hh): every row, columns m..n.
    for (let i = 1; i <= n; i++) {
      let s = 0;
      for (let j = n; j >= m; j--) s += u[j] * a[i * w + j];
      s /= hh;
      for (let j = m; j <= n; j++) a[i * w + j] -= s * u[j];
    }
    a[m * w + m - 1] = scale * g;
    for (let i = m + 1; i <= n; i++) a[i * w + m - 1] = 0;
  }
}

/** Iterations allowed per eigenvalue before giving up (EISPACK allows 30; exceptional shifts every 10). */
const MAX_ITERATIONS = 300;

/** The eigenvalues of an upper Hessenberg matrix by Francis double-shift QR (`hqr`); destroys `a`. */
function hessenbergEigenvalues(a: Float64Array, n: number): { re: Float64Array; im: Float64Array } {
  const w = n + 1;
  const at = (i: number, j: number) => i * w + j;
  const wr = new Float64Array(w), wi = new Float64Array(w);
  let anorm = 0;
  for (let i = 1; i <= n; i++) for (let j = Math.max(i - 1, 1); j <= n; j++) anorm += Math.abs(a[at(i, j)]);
  let nn = n, t = 0;
  while (nn >= 1) {
    let its = 0, l: number;
    do {
      // Look for a negligible subdiagonal element: the active block is l..nn.
      for (l = nn; l >= 2; l--) {
        let s = Math.abs(a[at(l - 1, l - 1)]) + Math.abs(a[at(l, l)]);
        if (s === 0) s = anorm;
        if (Math.abs(a[at(l, l - 1)]) + s === s) { a[at(l, l - 1)] = 0; break; }
      }
      let x = a[at(nn, nn)];
      if (l === nn) {
        wr[nn] = x + t; wi[nn] = 0; nn--; // one root found
      } else {
        let y = a[at(nn - 1, nn - 1)];
        let ww = a[at(nn, nn - 1)] * a[at(nn - 1, nn)];
        if (l === nn - 1) {
          // Two roots, from the trailing 2x2 block.
          const p = 0.5 * (y - x), q = p * p + ww;
          let z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + (p >= 0 ? z : -z);
            wr[nn - 1] = wr[nn] = x + z;
            if (z !== 0) wr[nn] = x - ww / z;
            wi[nn - 1] = wi[nn] = 0;
          } else {
            wr[nn - 1] = wr[nn] = x + p;
            wi[nn - 1] = -z; wi[nn] = z;
          }
          nn -= 2;
        } else {
          if (its === MAX_ITERATIONS) throw new Error(`the eigenvalue iteration did not converge in ${MAX_ITERATIONS} steps`);
          if (its > 0 && its % 10 === 0) {
            // Exceptional shift, to break a cycle.
            t += x;
            for (let i = 1; i <= nn; i++) a[at(i, i)] -= x;
            const s = Math.abs(a[at(nn, nn - 1)]) + Math.abs(a[at(nn - 1, nn - 2)]);
            y = x = 0.75 * s;
            ww = -0.4375 * s * s;
          }
          its++;
          francisStep(a, w, l, nn, x, y, ww);
        }
      }
    } while (l < nn - 1);
  }
  return { re: wr.slice(1), im: wi.slice(1) };
}

/** One double-shift QR step on rows and columns `l..nn`, shifts from `x`, `y`, `ww` (the trailing 2x2 block). */
function francisStep(a: Float64Array, w: number, l: number, nn: number, x: number, y: number, ww: number): void {
  const at = (i: number, j: number) => i * w + j;
  let m: number, p = 0, q = 0, r = 0, z: number;
  // Two consecutive small subdiagonal elements: start the bulge at m rather than l.
  for (m = nn - 2; m >= l; m--) {
    z = a[at(m, m)];
    r = x - z;
    const s0 = y - z;
    p = (r * s0 - ww) / a[at(m + 1, m)] + a[at(m, m + 1)];
    q = a[at(m + 1, m + 1)] - z - r - s0;
    r = a[at(m + 2, m + 1)];
    const s = Math.abs(p) + Math.abs(q) + Math.abs(r);
    p /= s; q /= s; r /= s;
    if (m === l) break;
    const u = Math.abs(a[at(m, m - 1)]) * (Math.abs(q) + Math.abs(r));
    const v = Math.abs(p) * (Math.abs(a[at(m - 1, m - 1)]) + Math.abs(z) + Math.abs(a[at(m + 1, m + 1)]));
    if (u + v === v) break;
  }
  for (let i = m + 2; i <= nn; i++) {
    a[at(i, i - 2)] = 0;
    if (i !== m + 2) a[at(i, i - 3)] = 0;
  }
  for (let k = m; k <= nn - 1; k++) {
    let xk = 0;
    if (k !== m) {
      p = a[at(k, k - 1)];
      q = a[at(k + 1, k - 1)];
      r = k !== nn - 1 ? a[at(k + 2, k - 1)] : 0;
      xk = Math.abs(p) + Math.abs(q) + Math.abs(r);
      if (xk !== 0) { p /= xk; q /= xk; r /= xk; }
    }
    const norm = Math.sqrt(p * p + q * q + r * r);
    const s = p >= 0 ? norm : -norm;
    if (s === 0) continue;
    if (k === m) {
      if (l !== m) a[at(k, k - 1)] = -a[at(k, k - 1)];
    } else {
      a[at(k, k - 1)] = -s * xk;
    }
    p += s;
    const hx = p / s, hy = q / s, hz = r / s;
    q /= p; r /= p;
    // Row transformation.
    for (let j = k; j <= nn; j++) {
      let pj = a[at(k, j)] + q * a[at(k + 1, j)];
      if (k !== nn - 1) {
        pj += r * a[at(k + 2, j)];
        a[at(k + 2, j)] -= pj * hz;
      }
      a[at(k + 1, j)] -= pj * hy;
      a[at(k, j)] -= pj * hx;
    }
    // Column transformation.
    const last = Math.min(nn, k + 3);
    for (let i = l; i <= last; i++) {
      let pi = hx * a[at(i, k)] + hy * a[at(i, k + 1)];
      if (k !== nn - 1) {
        pi += hz * a[at(i, k + 2)];
        a[at(i, k + 2)] -= pi * r;
      }
      a[at(i, k + 1)] -= pi * q;
      a[at(i, k)] -= pi;
    }
  }
}
