/**
 * The measure-reset step as a channel on the hidden register (SPEC 1.1), for cells without
 * gate noise. Because the data register starts every step in `|0..0>`, a step only needs the
 * cell's action on the `2^H` columns `|0..0>_data (x) |h>`: the isometry
 * `V = U (|0>_data (x) I_hidden)`, a `2^n x 2^H` matrix. Then
 *
 *     sigma      = V rho_H V^dagger                 (the register after the cell)
 *     e_i        = Tr[O_i sigma]                    (readouts)
 *     rho_H(t+1) = Tr_data[sigma]
 *
 * which costs `2^(n + H)` per gate instead of the `4^n` of a full density matrix.
 */
import { dimOf } from './density';
import type { Pauli } from './gates';
import { pauliSandwich } from './observables';

/** `|0..0>_data (x) I_hidden` as a `2^n x 2^H` matrix (new buffer). */
export function initialIsometry(dataQubits: number, hiddenQubits: number): Float64Array {
  const cols = 1 << hiddenQubits, dl = 1 << dataQubits;
  const v = new Float64Array(2 * dimOf(dataQubits + hiddenQubits) * cols);
  for (let h = 0; h < cols; h++) v[2 * (dl * h * cols + h)] = 1;
  return v;
}

/** Writes `V rho` (`2^n x 2^H` times `2^H x 2^H`) into `out` and returns it. */
export function multiplyRight(v: Float64Array, rho: Float64Array, rows: number, cols: number, out = new Float64Array(v.length)): Float64Array {
  for (let r = 0; r < rows; r++) {
    const rowBase = r * cols;
    for (let c = 0; c < cols; c++) {
      let sr = 0, si = 0;
      for (let k = 0; k < cols; k++) {
        const pv = 2 * (rowBase + k), pr = 2 * (k * cols + c);
        const vr = v[pv], vi = v[pv + 1];
        if (vr === 0 && vi === 0) continue;
        sr += vr * rho[pr] - vi * rho[pr + 1];
        si += vr * rho[pr + 1] + vi * rho[pr];
      }
      out[2 * (rowBase + c)] = sr;
      out[2 * (rowBase + c) + 1] = si;
    }
  }
  return out;
}

/**
 * `Tr_data[A V^dagger]` where `A = V rho_H`: the hidden register after the step (new
 * `2^H x 2^H` buffer).
 */
export function traceOutData(a: Float64Array, v: Float64Array, dataQubits: number, hiddenQubits: number): Float64Array {
  const cols = 1 << hiddenQubits, dl = 1 << dataQubits;
  const out = new Float64Array(2 * cols * cols);
  for (let h = 0; h < cols; h++) for (let g = 0; g < cols; g++) {
    let sr = 0, si = 0;
    for (let d = 0; d < dl; d++) {
      const ra = (d + dl * h) * cols, rv = (d + dl * g) * cols;
      for (let c = 0; c < cols; c++) {
        const pa = 2 * (ra + c), pv = 2 * (rv + c);
        const ar = a[pa], ai = a[pa + 1], vr = v[pv], vi = -v[pv + 1];
        sr += ar * vr - ai * vi;
        si += ar * vi + ai * vr;
      }
    }
    out[2 * (h * cols + g)] = sr;
    out[2 * (h * cols + g) + 1] = si;
  }
  return out;
}

/** `Tr[P_wire V rho V^dagger] = Tr[V^dagger P A]` with `A = V rho`: a real number. */
export function expectPauliIsometry(a: Float64Array, v: Float64Array, n: number, hiddenQubits: number, wire: number, pauli: Pauli): number {
  return pauliSandwich(v, a, n, 1 << hiddenQubits, wire, pauli)[0];
}
