/**
 * The variational circuit `VQC_k(u)` of docs/spec.md §7 on `n` qubits, as a pure state
 * (`2^n` amplitudes, qubit `j` the bit `j` of the index): on each qubit `H`, `RY(arctan u_j)`,
 * `RZ(arctan u_j^2)`; then `L` layers of a CNOT ring `j -> j+1 mod n`, for `n > 2` a second
 * ring `j -> j+2 mod n`, then `RZ(alpha) RY(beta) RZ(gamma)` on each qubit. Its result is
 * `<Z_j>` for every qubit.
 *
 * A circuit is a fixed list of gates ({@link circuitGates}) and a vector of angles, one per
 * rotation ({@link circuitAngles}): the encoding angles come first (`RY` of qubit `j` at `j`,
 * `RZ` at `n + j`), then the trained ones (`angleSlot`). Shifting one entry of the vector is
 * shifting that one occurrence, which is all parameter-shift and the adjoint need.
 */
import { f64 } from '../core/arena';
import { atan, cos, sin } from '../core/detmath';
import { QLSTM_ANGLES, type QlstmAngle } from '../model/types';

/** A gate of the circuit: `slot` indexes the angle vector (rotations only). */
export type Gate =
  | { kind: 'H'; qubit: number }
  | { kind: 'RY' | 'RZ'; qubit: number; slot: number }
  | { kind: 'CNOT'; control: number; target: number };

/** The shape of every circuit of one QLSTM. */
export interface Shape {
  /** Qubits, `inputSize + hiddenSize`. */
  n: number;
  layers: number;
}

/** Angles per circuit evaluation: `2n` encoding angles, then `3 L n` trained ones. */
export function angleCount(shape: Shape): number {
  return 2 * shape.n + 3 * shape.layers * shape.n;
}

/** Where the trained angle `(layer, qubit, angle)` sits in the angle vector. */
export function angleSlot(shape: Shape, layer: number, qubit: number, angle: QlstmAngle): number {
  return 2 * shape.n + 3 * (layer * shape.n + qubit) + QLSTM_ANGLES.indexOf(angle);
}

/** The gates, in the order applied. */
export function circuitGates(shape: Shape): Gate[] {
  const { n, layers } = shape;
  const gates: Gate[] = [];
  for (let j = 0; j < n; j++) gates.push({ kind: 'H', qubit: j }, { kind: 'RY', qubit: j, slot: j }, { kind: 'RZ', qubit: j, slot: n + j });
  for (let l = 0; l < layers; l++) {
    for (let j = 0; j < n; j++) gates.push({ kind: 'CNOT', control: j, target: (j + 1) % n });
    // With two qubits, j+2 mod 2 is j itself: there is no second ring (docs/spec.md §7).
    if (n > 2) for (let j = 0; j < n; j++) gates.push({ kind: 'CNOT', control: j, target: (j + 2) % n });
    for (let j = 0; j < n; j++) {
      gates.push(
        { kind: 'RZ', qubit: j, slot: angleSlot(shape, l, j, 'alpha') },
        { kind: 'RY', qubit: j, slot: angleSlot(shape, l, j, 'beta') },
        { kind: 'RZ', qubit: j, slot: angleSlot(shape, l, j, 'gamma') },
      );
    }
  }
  return gates;
}

/**
 * The angle vector for input `u` (n values) and the circuit's trained angles `theta`
 * (`3 L n` values in slot order).
 */
export function circuitAngles(shape: Shape, u: readonly number[], theta: readonly number[]): Float64Array {
  const { n } = shape;
  const angles = f64(angleCount(shape));
  for (let j = 0; j < n; j++) {
    angles[j] = atan(u[j]);
    angles[n + j] = atan(u[j] * u[j]);
  }
  for (let s = 0; s < theta.length; s++) angles[2 * n + s] = theta[s];
  return angles;
}

/**
 * `dL/du_j` for the input wires `j >= firstInput` (0 below) from the derivatives of the
 * encoding angles, `d[j]` for `RY(arctan u_j)` and `d[n + j]` for `RZ(arctan u_j^2)`:
 * `d arctan(u) / du = 1 / (1 + u^2)` and `d arctan(u^2) / du = 2u / (1 + u^4)`.
 */
export function inputGradient(u: readonly number[], d: ArrayLike<number>, n: number, firstInput: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (let j = firstInput; j < n; j++) {
    const x = u[j], x2 = x * x;
    out[j] = d[j] / (1 + x2) + (d[n + j] * 2 * x) / (1 + x2 * x2);
  }
  return out;
}

/** A pure state: real and imaginary parts of the `2^n` amplitudes. */
export interface State {
  re: Float64Array;
  im: Float64Array;
}

const SQRT1_2 = Math.SQRT1_2;

/** Applies `gate` with angle `angle` (ignored by H and CNOT); `sign = -1` applies its inverse. */
export function applyGate(state: State, gate: Gate, angle: number, sign = 1): void {
  const { re, im } = state;
  const size = re.length;
  if (gate.kind === 'CNOT') {
    const c = 1 << gate.control, t = 1 << gate.target;
    for (let x = 0; x < size; x++) {
      if ((x & c) === 0 || (x & t) !== 0) continue;
      const y = x | t;
      let v = re[x]; re[x] = re[y]; re[y] = v;
      v = im[x]; im[x] = im[y]; im[y] = v;
    }
    return;
  }
  const bit = 1 << gate.qubit;
  if (gate.kind === 'H') {
    for (let x = 0; x < size; x++) {
      if ((x & bit) !== 0) continue;
      const y = x | bit;
      const ar = re[x], ai = im[x], br = re[y], bi = im[y];
      re[x] = (ar + br) * SQRT1_2; im[x] = (ai + bi) * SQRT1_2;
      re[y] = (ar - br) * SQRT1_2; im[y] = (ai - bi) * SQRT1_2;
    }
    return;
  }
  const half = (sign * angle) / 2;
  const c = cos(half), s = sin(half);
  if (gate.kind === 'RY') {
    // [[c, -s], [s, c]]
    for (let x = 0; x < size; x++) {
      if ((x & bit) !== 0) continue;
      const y = x | bit;
      const ar = re[x], ai = im[x], br = re[y], bi = im[y];
      re[x] = c * ar - s * br; im[x] = c * ai - s * bi;
      re[y] = s * ar + c * br; im[y] = s * ai + c * bi;
    }
    return;
  }
  // RZ: diag(e^{-i half}, e^{+i half})
  for (let x = 0; x < size; x++) {
    const ar = re[x], ai = im[x];
    if ((x & bit) === 0) { re[x] = c * ar + s * ai; im[x] = c * ai - s * ar; }
    else { re[x] = c * ar - s * ai; im[x] = c * ai + s * ar; }
  }
}

/** `|0..0>` of `n` qubits. */
export function zeroState(n: number): State {
  const state = { re: f64(1 << n), im: f64(1 << n) };
  state.re[0] = 1;
  return state;
}

/** The final state of the circuit for an angle vector. */
export function runCircuit(shape: Shape, gates: readonly Gate[], angles: Float64Array): State {
  const state = zeroState(shape.n);
  for (const g of gates) applyGate(state, g, g.kind === 'RY' || g.kind === 'RZ' ? angles[g.slot] : 0);
  return state;
}

/** `<Z_j>` for every qubit `j`. */
export function expectZ(state: State, n: number): number[] {
  const { re, im } = state;
  const out = new Array<number>(n).fill(0);
  for (let x = 0; x < re.length; x++) {
    const p = re[x] * re[x] + im[x] * im[x];
    for (let j = 0; j < n; j++) out[j] += (x >> j) & 1 ? -p : p;
  }
  return out;
}

/** The circuit's result `<Z_j>`, `j = 0..n-1`, for an angle vector: one evaluation. */
export function evaluateCircuit(shape: Shape, gates: readonly Gate[], angles: Float64Array): number[] {
  return expectZ(runCircuit(shape, gates, angles), shape.n);
}
