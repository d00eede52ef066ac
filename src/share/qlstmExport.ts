/**
 * What the QLSTM exports (docs/spec.md §7) share: the lab's own run they print beside the
 * program, the circuits' roles in words, and the checks of their inputs.
 *
 * The lab's run comes from the caller (`qlstmLabRun` of src/worker/exportService.ts, which
 * the command line uses too): this folder may not import the QLSTM engine (src/qlstm, the
 * lint boundary of eslint.config.js), as it may not import src/data for a generator's window.
 */
import { QLSTM_CIRCUITS, type QlstmCircuit, type QlstmModel, type Sequence } from '../model/types';
import type { ExportOptions } from './exportInput';

/** One circuit evaluation of the lab's run: its input `u` and its exact result `<Z_j>`, `n` values each. */
export interface CircuitEvaluation {
  u: number[];
  z: number[];
}

/** The lab's exact run of a QLSTM over the export's sequence. */
export interface QlstmLabRun {
  /** `yhat_{t,j}`, as `simulate` gives them. */
  outputs: number[][];
  loss: number | null;
  /** `evaluations[t][k]`: circuit `QLSTM_CIRCUITS[k]` (f i g o h y) at step `t`. */
  evaluations: CircuitEvaluation[][];
}

/** Options of every QLSTM export: the sequence (required for a generator) and the lab's run on it. */
export interface QlstmExportOptions extends ExportOptions {
  lab: QlstmLabRun;
}

/** What each circuit is in the LSTM, for headers: `the circuit VQC_f (the forget gate)`. */
export const CIRCUIT_ROLE: Readonly<Record<QlstmCircuit, string>> = {
  f: 'the forget gate',
  i: 'the input gate',
  g: 'the update',
  o: 'the output gate',
  h: 'the hidden map',
  y: 'the output map',
};

/** The circuit choices as the refusals list them: `f (the forget gate), i (...), ...`. */
export const CIRCUIT_CHOICES = QLSTM_CIRCUITS.map((k) => `${k} (${CIRCUIT_ROLE[k]})`).join(', ');

/** Whether `value` names one of the six circuits. */
export function isQlstmCircuit(value: unknown): value is QlstmCircuit {
  return typeof value === 'string' && (QLSTM_CIRCUITS as readonly string[]).includes(value);
}

/** `n`, the qubits of every circuit. */
export function qubitsOf(model: QlstmModel): number {
  return model.inputSize + model.hiddenSize;
}

/**
 * Throws unless `lab` is a run over `sequence`: one row of outputs and six evaluations of `n`
 * values per step. A run of another sequence would print numbers that belong to no program.
 */
export function checkLabRun(model: QlstmModel, sequence: Sequence, lab: QlstmLabRun): void {
  const T = sequence.inputs.length, n = qubitsOf(model);
  const fits = lab.outputs.length === T && lab.evaluations.length === T
    && lab.evaluations.every((step) => step.length === QLSTM_CIRCUITS.length && step.every((e) => e.u.length === n && e.z.length === n));
  if (!fits) throw new RangeError(`the lab's run does not fit the sequence: it needs ${T} steps of six circuit evaluations of ${n} values each (qlstmLabRun of the same sequence)`);
}

/**
 * What `u_j` of circuit `k` is at step `t`: `x_t` (its component `j` when the input is a
 * vector), then `h_{t-1}` for the four gates; `m_t` for `VQC_h` and `VQC_y`.
 */
export function inputMeaning(model: QlstmModel, k: QlstmCircuit, j: number): string {
  if (k === 'h' || k === 'y') return `m_t[${j}]`;
  if (j < model.inputSize) return model.inputSize === 1 ? 'x_t' : `x_t[${j}]`;
  return `h_{t-1}[${j - model.inputSize}]`;
}
