/**
 * The cell compiled for simulation: the gate table looked up once, fixed matrices built once,
 * and per-step matrices for the angle-bearing gates (which depend on `x_t` and the
 * parameters), with an optional shift of one gate's angle for the parameter-shift rule.
 */
import { GATES, conjugate, type GateInfo } from '../core/gates';
import { gatePermutation } from '../core/permute';
import { evaluateAngle, type AngleValue } from './angles';
import type { Angle, Model, Noise, Params } from '../model/types';

export interface CompiledGate {
  /** Index into `model.cell`. */
  index: number;
  info: GateInfo;
  wires: readonly number[];
  angle?: Angle;
  /** Matrix and its conjugate, for gates without an angle. */
  fixed?: { matrix: Float64Array; conj: Float64Array };
  /** For X, CNOT and SWAP: the basis permutation (core/permute.ts). */
  permutation?: Int32Array;
}

export interface CompiledCell {
  model: Model;
  /** Total wires `D + H`. */
  n: number;
  dataQubits: number;
  hiddenQubits: number;
  gates: CompiledGate[];
  /** docs/spec.md §1.4 with defaults filled in. */
  noise: Noise;
  /** True when no noise acts after gates, so a measure-reset step is an isometry. */
  gateNoiseFree: boolean;
}

export function compileCell(model: Model): CompiledCell {
  const noise: Noise = { p1: 0, p2: 0, gamma: 0, q: 0, ...model.noise };
  const gates = model.cell.map((spec, index): CompiledGate => {
    const info = GATES[spec.gate];
    if (info.parametrised) return { index, info, wires: spec.wires, angle: spec.angle };
    const matrix = info.matrix(0);
    const permutation = gatePermutation(spec.gate, spec.wires, model.dataQubits + model.hiddenQubits) ?? undefined;
    return { index, info, wires: spec.wires, fixed: { matrix, conj: conjugate(matrix) }, permutation };
  });
  return {
    model,
    n: model.dataQubits + model.hiddenQubits,
    dataQubits: model.dataQubits,
    hiddenQubits: model.hiddenQubits,
    gates,
    noise,
    gateNoiseFree: noise.p1 === 0 && noise.p2 === 0,
  };
}

/** A gate's matrix at one step. */
export interface StepGate {
  matrix: Float64Array;
  conj: Float64Array;
  /** The evaluated angle (unshifted), or `null` for a fixed gate. */
  angle: AngleValue | null;
}

/** Whether gate `g`'s angle reads the step's input (otherwise its matrix is the same at every step). */
export function readsInput(g: CompiledGate): boolean {
  return g.angle !== undefined && typeof g.angle !== 'number' && g.angle.input !== undefined;
}

/**
 * The gates of every step for the inputs `inputs`. A gate whose angle does not read the input
 * has the same matrix at every step, so it is made once and the one object is shared by all
 * steps: most of a cell's gates are trained rotations, each matrix costs two series
 * evaluations (core/detmath.ts), and at a few qubits that was a tenth of a forward pass.
 * Matrices are never written after they are made, so sharing cannot change a result.
 */
export function sequenceGates(cell: CompiledCell, params: Params, inputs: readonly (readonly number[])[]): StepGate[][] {
  const shared = cell.gates.map((g) => (readsInput(g) ? null : gateAt(g, params, [])));
  return inputs.map((x) => cell.gates.map((g, j) => shared[j] ?? gateAt(g, params, x)));
}

/** Shifts the angle of one gate at one step by `delta` radians. */
export interface AngleShift {
  gate: number;
  delta: number;
}

/** The matrices of every gate of the cell at the step with input `x`. */
export function stepGates(cell: CompiledCell, params: Params, x: readonly number[], shift?: AngleShift): StepGate[] {
  return cell.gates.map((g) => gateAt(g, params, x, shift && shift.gate === g.index ? shift.delta : 0));
}

/** One gate's matrix at a step, with its angle shifted by `delta`. */
export function gateAt(g: CompiledGate, params: Params, x: readonly number[], delta = 0): StepGate {
  if (g.fixed) return { matrix: g.fixed.matrix, conj: g.fixed.conj, angle: null };
  const angle = evaluateAngle(g.angle as Angle, params, x);
  const matrix = g.info.matrix(angle.value + delta);
  return { matrix, conj: conjugate(matrix), angle };
}
