/**
 * The parameter-shift rules of docs/spec.md §3.2, as shifts and weights:
 * `df/da = sum_k weight_k f(a + shift_k)`.
 *
 * - two-term (RX RY RZ P RXX RYY RZZ, generator eigenvalues +-1/2):
 *   `[f(a + pi/2) - f(a - pi/2)] / 2`;
 * - four-term (CRX CRY CRZ, generator spectrum {0, +-1/2}; Anselmetti et al. 2021):
 *   `c1 [f(a + pi/2) - f(a - pi/2)] - c2 [f(a + 3pi/2) - f(a - 3pi/2)]`,
 *   `c1 = (sqrt2 + 1) / (4 sqrt2)`, `c2 = (sqrt2 - 1) / (4 sqrt2)`.
 */
import type { ShiftRule } from '../core/gates';

export interface ShiftRecipe {
  shifts: readonly number[];
  weights: readonly number[];
}

const C1 = (Math.SQRT2 + 1) / (4 * Math.SQRT2);
const C2 = (Math.SQRT2 - 1) / (4 * Math.SQRT2);
const H = Math.PI / 2;

export const SHIFT_RULES: Readonly<Record<ShiftRule, ShiftRecipe>> = {
  'two-term': { shifts: [H, -H], weights: [0.5, -0.5] },
  'four-term': { shifts: [H, -H, 3 * H, -3 * H], weights: [C1, -C1, -C2, C2] },
};
