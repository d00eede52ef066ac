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

/** Writes `V rho` (`rows x cols` times `cols x cols`) into `out` and returns it. */
export function multiplyRight(v: Float64Array, rho: Float64Array, rows: number, cols: number, out = new Float64Array(v.length)): Float64Array {
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const row = 2 * r * cols;
    for (let k = 0; k < cols; k++) {
      const vr = v[row + 2 * k], vi = v[row + 2 * k + 1];
      if (vr === 0 && vi === 0) continue;
      const rk = 2 * k * cols;
      for (let c = 0; c < 2 * cols; c += 2) {
        const pr = rho[rk + c], pi = rho[rk + c + 1];
        out[row + c] += vr * pr - vi * pi;
        out[row + c + 1] += vr * pi + vi * pr;
      }
    }
  }
  return out;
}

/**
 * `Tr_data[A V^dagger]` where `A = V rho_H`: the hidden register after the step (new
 * `2^H x 2^H` buffer). The rows `d + 2^D h` of one `h` form one contiguous block, so each
 * entry is a single dot product of two blocks; the result is Hermitian, so only its upper
 * triangle is summed.
 */
export function traceOutData(a: Float64Array, v: Float64Array, dataQubits: number, hiddenQubits: number): Float64Array {
  return blockGram(a, v, 1 << hiddenQubits, (2 << dataQubits) << hiddenQubits);
}

/**
 * `out[h][g] = sum conj(Y block g) * X block h` over `dh` contiguous blocks of `block` doubles,
 * upper triangle summed and mirrored (Hermitian when `X Y^dagger` is).
 */
function blockGram(x: Float64Array, y: Float64Array, dh: number, block: number): Float64Array {
  const out = new Float64Array(2 * dh * dh);
  for (let h = 0; h < dh; h++) {
    const xh = h * block;
    for (let g = h; g < dh; g++) {
      const yg = g * block;
      let sr = 0, si = 0;
      for (let k = 0; k < block; k += 2) {
        const ar = x[xh + k], ai = x[xh + k + 1], vr = y[yg + k], vi = y[yg + k + 1];
        sr += ar * vr + ai * vi;
        si += ai * vr - ar * vi;
      }
      out[2 * (h * dh + g)] = sr;
      out[2 * (h * dh + g) + 1] = si;
      out[2 * (g * dh + h)] = sr;
      out[2 * (g * dh + h) + 1] = -si;
    }
  }
  return out;
}

/**
 * `|0..0>_data (x) S` for a factor `S` (`2^H x 2^colBits`): the working state `W = V S` of a
 * step before its gates (new buffer, `2^n x 2^colBits`).
 */
export function initialFactored(dataQubits: number, hiddenQubits: number, s: Float64Array, colBits: number): Float64Array {
  const cols = 1 << colBits, dl = 1 << dataQubits, dh = 1 << hiddenQubits;
  const w = new Float64Array(2 * dl * dh * cols);
  for (let h = 0; h < dh; h++) w.set(s.subarray(2 * h * cols, 2 * (h + 1) * cols), 2 * dl * h * cols);
  return w;
}

/**
 * `Tr_data[W W^dagger]` for `W` of `2^n` rows and `2^colBits` columns: the hidden register
 * after a step in factored form (new `2^H x 2^H` buffer, Hermitian by construction).
 */
export function gramTraceOutData(w: Float64Array, dataQubits: number, hiddenQubits: number, colBits: number): Float64Array {
  return blockGram(w, w, 1 << hiddenQubits, (2 << dataQubits) << colBits);
}

/** `Tr[P_wire V rho V^dagger] = Tr[V^dagger P A]` with `A = V rho`: a real number. */
export function expectPauliIsometry(a: Float64Array, v: Float64Array, n: number, hiddenQubits: number, wire: number, pauli: Pauli): number {
  return pauliSandwich(v, a, n, 1 << hiddenQubits, wire, pauli)[0];
}
