/**
 * Selective measurement of data wires (docs/spec.md §6): the hidden register left in the state
 * that one outcome selects, `Tr_data[Pi_b rho Pi_b]` (unnormalised: its trace is `P(b)`), on
 * either working state of a measure-reset step, a density matrix of `n` qubits or the
 * isometry form `W` (`rho = W W^dagger`, core/isometry.ts). Rows are `d + 2^D h`, so only the
 * rows whose data part `d` gives outcome `b` on the measured wires enter. A measurement in `X`
 * or `Y` is a `Z` measurement after {@link basisRotation}.
 */
import { dimOf } from './density';
import type { Pauli } from './gates';
import { outcomeOf } from './observables';

const R = Math.SQRT1_2;
/** `H`: takes the `X` eigenbasis to the `Z` one. */
const TO_Z_FROM_X = Float64Array.of(R, 0, R, 0, R, 0, -R, 0);
/** `H Sdg` (`Sdg` first): takes `|+i>` to `|0>` and `|-i>` to `|1>`. */
const TO_Z_FROM_Y = Float64Array.of(R, 0, 0, -R, R, 0, 0, R);

/** `U` with `U P U^dagger = Z`, so measuring `Z` after `U` measures `P`; `null` for `Z` itself. */
export function basisRotation(p: Pauli): Float64Array | null {
  if (p === 'Z') return null;
  return p === 'X' ? TO_Z_FROM_X : TO_Z_FROM_Y;
}

/**
 * The hidden state that outcome `b` of data `wires` selects, from an `n`-qubit density matrix
 * with `D` data wires: `sum_{d -> b} rho[(d, h), (d, g)]` (new `2^H x 2^H` buffer, trace `P(b)`).
 */
export function selectedHiddenDensity(rho: Float64Array, n: number, D: number, wires: readonly number[], b: number): Float64Array {
  const dim = dimOf(n), dl = 1 << D, dh = 1 << (n - D);
  const out = new Float64Array(2 * dh * dh);
  for (let d = 0; d < dl; d++) {
    if (outcomeOf(d, wires) !== b) continue;
    for (let h = 0; h < dh; h++) {
      const row = (d + dl * h) * dim + d;
      for (let g = 0; g < dh; g++) {
        const k = 2 * (row + dl * g);
        out[2 * (h * dh + g)] += rho[k];
        out[2 * (h * dh + g) + 1] += rho[k + 1];
      }
    }
  }
  return out;
}

/**
 * The same from the isometry form: `W` has `2^n` rows and `2^colBits` columns, and the
 * selected state is `sum_{d -> b} W_(d, h) W_(d, g)^dagger` over the columns (new buffer).
 */
export function selectedHiddenRows(w: Float64Array, n: number, D: number, colBits: number, wires: readonly number[], b: number): Float64Array {
  const dl = 1 << D, dh = 1 << (n - D), width = 2 << colBits;
  const out = new Float64Array(2 * dh * dh);
  for (let d = 0; d < dl; d++) {
    if (outcomeOf(d, wires) !== b) continue;
    for (let h = 0; h < dh; h++) {
      const x = (d + dl * h) * width;
      for (let g = h; g < dh; g++) {
        const y = (d + dl * g) * width;
        let re = 0, im = 0;
        for (let k = 0; k < width; k += 2) {
          re += w[x + k] * w[y + k] + w[x + k + 1] * w[y + k + 1];
          im += w[x + k + 1] * w[y + k] - w[x + k] * w[y + k + 1];
        }
        out[2 * (h * dh + g)] += re;
        out[2 * (h * dh + g) + 1] += im;
        if (g !== h) { out[2 * (g * dh + h)] += re; out[2 * (g * dh + h) + 1] -= im; }
      }
    }
  }
  return out;
}
