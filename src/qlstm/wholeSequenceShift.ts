/**
 * The common mistake for one QLSTM occurrence (docs/spec.md §7, "Gradients"): the QRNN's
 * recipe of section 3 applied as if the QLSTM were a QRNN. The occurrence's angle (that
 * circuit, that step only) is shifted by `+-pi/2`, the whole sequence re-run, the two-term
 * rule applied to every output, `d yhat_s / d a ~ [yhat_s(a + pi/2) - yhat_s(a - pi/2)] / 2`,
 * and chained through the loss with the unshifted `dL/dyhat_s`.
 *
 * It is right only for an occurrence in `VQC_y`: its result reaches that step's prediction
 * alone, linearly through the head, and `<Z_j>` is a degree-1 trigonometric polynomial in
 * one angle. Anywhere else the shifted result passes through `sigmoid`, `tanh`, the cell
 * state and later circuits' encodings, so the later outputs are not such polynomials and
 * the rule's estimate differs from the derivative; the explain view shows it beside the
 * right contribution (parameterShift.ts, adjoint.ts).
 */
import { runSequence } from './run';
import { shiftOfOccurrence, type OccurrenceRef } from './occurrence';
import type { QlstmProblem } from './types';

export interface WholeSequenceShift {
  /** The two re-runs: the angle shift and every step's outputs `yhat_{s,j}`. */
  shifted: { shift: number; outputs: number[][] }[];
  /** The rule's `d yhat_{s,j} / d a` for every step and output. */
  dyda: number[][];
  /** `sum_{s,j} dL/dyhat_{s,j} d yhat_{s,j} / d a`: the mistaken contribution (`d a / d theta = 1`). */
  contribution: number;
}

export function wholeSequenceShift(problem: QlstmProblem, at: OccurrenceRef): WholeSequenceShift {
  const { model, params, sequence, loss } = problem;
  const base = runSequence(model, params, sequence, loss);
  const T = sequence.inputs.length;
  const shifted = [Math.PI / 2, -Math.PI / 2].map((shift) => ({ shift, outputs: runSequence(model, params, sequence, loss, null, undefined, shiftOfOccurrence(model, T, at, shift)).outputs }));
  const dyda = base.outputs.map((row, s) => row.map((_, j) => (shifted[0].outputs[s][j] - shifted[1].outputs[s][j]) / 2));
  let contribution = 0;
  dyda.forEach((row, s) => row.forEach((d, j) => { contribution += base.dLdy[s][j] * d; }));
  return { shifted, dyda, contribution };
}
