/**
 * Everything the Explain view shows for one QLSTM occurrence (docs/spec.md §7, "Gradients"),
 * computed by the engine's own parts, never re-derived: the exact run (run.ts), the
 * back-propagation through the classical LSTM (lstm.ts) with parameter-shift's own pullback
 * (parameterShift.ts), watched at the occurrence's circuit to read the circuit's input `u`
 * and `dL/da_k(t)` where parameter-shift uses them. From those: the two evaluations of that
 * one circuit with the angle at `+-pi/2`, `d a_j / d angle` by the two-term rule, the
 * products `dL/da_j * d a_j / d angle` and their sum, the contribution (the same bits as
 * parameter-shift's). Beside it, every occurrence of the parameter (one per step), their sum
 * and the adjoint gradient; on request the common mistake (wholeSequenceShift.ts).
 */
import { createRng } from '../core/rng';
import { CostMeter } from '../gradients/cost';
import { qlstmParamName } from '../model/types';
import { qlstmAdjoint } from './adjoint';
import { circuitAngles, evaluateCircuit } from './circuit';
import { Contributions } from './contributions';
import { backward } from './lstm';
import { shiftOfOccurrence, type OccurrenceRef } from './occurrence';
import { shiftPullback } from './parameterShift';
import { circuitsOf, evaluatorOf, featureCotangents, runWith } from './run';
import type { QlstmProblem } from './types';
import { wholeSequenceShift } from './wholeSequenceShift';

const HALF_PI = Math.PI / 2;

/** One evaluation of the occurrence's circuit with its angle moved by `shift`. */
export interface QlstmShiftedEvaluation {
  shift: number;
  /** The shifted angle, `theta + shift`. */
  angle: number;
  /** `a_j = <Z_j>` of that evaluation, `j = 0..n-1`. */
  outputs: number[];
}

export interface QlstmOccurrenceExplanation {
  /** `k.l.j.angle`. */
  param: string;
  at: OccurrenceRef;
  /** Steps `T` of the sequence. */
  steps: number;
  /** The angle's value, `theta = params[param]`. */
  value: number;
  /** The circuit's input `u` at that step: `[x_t, h_{t-1}]` for f i g o, `m_t` for h and y. */
  input: number[];
  /** Its encoding angles: `arctan u_j` (the `RY`) and `arctan u_j^2` (the `RZ`) per qubit. */
  encoding: { ry: number[]; rz: number[] };
  /** The unshifted evaluation's `a_j`. */
  outputs: number[];
  /** The evaluations at `theta + pi/2` and `theta - pi/2`, in that order. */
  shifted: [QlstmShiftedEvaluation, QlstmShiftedEvaluation];
  /** `d a_j / d theta = [a_j(theta + pi/2) - a_j(theta - pi/2)] / 2`. */
  dadangle: number[];
  /** `dL / d a_j` at this evaluation, from the back-propagation through the classical LSTM. */
  dLda: number[];
  /** `dL/da_j * d a_j / d theta`. */
  products: number[];
  /** Their sum over `j`: this occurrence's contribution to `dL/d theta`. */
  contribution: number;
  /** Every occurrence of the parameter (its circuit at every step) with its contribution. */
  occurrences: { step: number; contribution: number }[];
  sum: number;
  /** `dL/d theta` by the adjoint method. */
  adjoint: number;
  loss: number | null;
  /** The whole-sequence shift of this occurrence (the common mistake), when asked for. */
  mistake?: { contribution: number; difference: number };
}

/** Explains occurrence `at`; throws (naming the field) for one the model or sequence lacks. */
export function explainQlstmOccurrence(problem: QlstmProblem, at: OccurrenceRef, options: { withMistake?: boolean } = {}): QlstmOccurrenceExplanation {
  const { model, params, sequence, loss } = problem;
  const steps = sequence.inputs.length;
  const { k, slot } = shiftOfOccurrence(model, steps, at, 0);
  const param = qlstmParamName(at.circuit, at.layer, at.qubit, at.angle);
  const circuits = circuitsOf(model, params);
  const { shape, gates } = circuits;
  const run = runWith(model, params, sequence, loss, evaluatorOf(circuits, null));
  const table = new Contributions(model, steps, new Set([param]));
  // Exact evaluations draw nothing from the generator; the pullback's signature asks for one.
  const pullback = shiftPullback(circuits, table, null, createRng(1), new CostMeter(null));
  const seen: { u: number[]; abar: number[] }[] = [];
  backward(model, run.tape, featureCotangents(model, params, run.dLdy), (kk, t, u, abar, firstInput) => {
    if (kk === k) seen[t] = { u: [...u], abar: [...abar] };
    return pullback(kk, t, u, abar, firstInput);
  });
  const { u, abar } = seen[at.step];
  const angles = circuitAngles(shape, u, circuits.thetas[k]);
  const [plus, minus] = [HALF_PI, -HALF_PI].map((shift) => {
    const moved = angles.slice();
    moved[slot] += shift;
    return { shift, angle: moved[slot], outputs: evaluateCircuit(shape, gates, moved) };
  });
  const dadangle = plus.outputs.map((p, j) => (p - minus.outputs[j]) / 2);
  const products = abar.map((g, j) => g * dadangle[j]);
  // Summed from 0 in qubit order, as parameter-shift sums: the same bits.
  let contribution = 0;
  for (const p of products) contribution += p;
  const occurrences = table.list().map((o) => ({ step: o.step, contribution: o.contribution }));
  const sum = occurrences.reduce((acc, o) => acc + o.contribution, 0);
  const explanation: QlstmOccurrenceExplanation = {
    param, at: { ...at }, steps, value: params[param],
    input: u, encoding: { ry: Array.from(angles.subarray(0, shape.n)), rz: Array.from(angles.subarray(shape.n, 2 * shape.n)) },
    outputs: [...run.tape.steps[at.step].a[k]], shifted: [plus, minus], dadangle, dLda: abar, products, contribution,
    occurrences, sum, adjoint: qlstmAdjoint({ ...problem, trainable: [param] }).gradient[param], loss: run.loss,
  };
  if (options.withMistake) {
    const mistaken = wholeSequenceShift(problem, at).contribution;
    explanation.mistake = { contribution: mistaken, difference: mistaken - contribution };
  }
  return explanation;
}
