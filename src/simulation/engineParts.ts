/**
 * What both engines share: a scratch buffer for permutations and amplitude damping of the
 * hidden wires after each step (docs/spec.md §1.4).
 */
import { amplitudeDamp } from '../core/channels';

/** A reusable scratch buffer of at least `length` doubles (engines run one step at a time). */
let scratch = new Float64Array(0);
export function scratchFor(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(length);
  return scratch;
}

/** Amplitude damping with `gamma` on the `hidden` wires from `firstHidden` of a `qubits`-wire state. */
export function dampHidden(rho: Float64Array, qubits: number, firstHidden: number, hidden: number, gamma: number): void {
  for (let k = 0; k < hidden; k++) amplitudeDamp(rho, qubits, firstHidden + k, gamma);
}

