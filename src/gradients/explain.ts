/**
 * Everything the Explain view shows for one occurrence, computed, not asserted: its shifted
 * executions (two, or four for a controlled rotation) with their per-step outputs, the
 * weighted difference that gives `d yhat_s / d a` for every later step, the chain rule
 * through the loss and the angle expression, and the sum over all occurrences of the
 * parameter next to the adjoint value. Optionally, the gradient the common mistake gives
 * (every occurrence shifted at once).
 */
import { GATES, type ShiftRule } from '../core/gates';
import { angleParams, angleSlope, evaluateAngle } from '../simulation/angles';
import { outputsOf } from '../simulation/head';
import type { Angle } from '../model/types';
import { adjoint } from './adjoint';
import { scoreExpectations } from './common';
import { parameterShift } from './parameterShift';
import { SHIFT_RULES } from './rules';
import { createRunner } from './runner';
import type { GradientProblem, OccurrenceContribution } from './types';

export interface ShiftedExecution {
  /** The angle shift in radians. */
  shift: number;
  /** Its weight in the rule. */
  weight: number;
  /** `yhat_{s,j}` for every step and output (steps before the occurrence are unchanged). */
  outputs: number[][];
}

export interface OccurrenceExplanation {
  param: string;
  gate: number;
  gateName: string;
  step: number;
  rule: ShiftRule;
  /** The angle at this occurrence and `d angle / d theta`: `factor * u(x_t)`, or 1 for a bias (docs/spec.md §5.1). */
  angle: number;
  slope: number;
  /** The unshifted execution: outputs, loss and `dL/dyhat_{s,j}` (`[step][output]`). */
  outputs: number[][];
  loss: number | null;
  dLdy: number[][];
  shifted: ShiftedExecution[];
  /** `d yhat_{s,j} / d a = sum_k weight_k yhat_{s,j}^(k)` for every step and output. */
  dyda: number[][];
  /** `dL/da = sum_{s,j} dL/dyhat_{s,j} d yhat_{s,j} / d a`. */
  dLda: number;
  /** `dL/da * d a / d theta`. */
  contribution: number;
  /** Every occurrence of the parameter, their sum, the head's part and the adjoint value. */
  parameter: { occurrences: OccurrenceContribution[]; sum: number; headPart: number; total: number; adjoint: number };
  /** The gradient from shifting every occurrence at once (the mistake), when asked for. */
  mistake?: number;
}

/**
 * Explains the occurrence of `at.param` (default: the first parameter the angle binds, its
 * `param` before its `bias`) in gate `at.gate` at step `at.step`.
 */
export function explainOccurrence(problem: GradientProblem, at: { gate: number; step: number; param?: string }, options: { withMistake?: boolean } = {}): OccurrenceExplanation {
  const { model, params, sequence, loss } = problem;
  const spec = model.cell[at.gate];
  const names = angleParams(spec.angle);
  const param = at.param ?? names[0];
  if (param === undefined || !names.includes(param)) throw new Error(at.param === undefined ? `gate ${at.gate} binds no parameter` : `gate ${at.gate} does not bind "${at.param}"`);
  const evaluated = evaluateAngle(spec.angle as Angle, params, sequence.inputs[at.step]);
  const slope = angleSlope(spec.angle as Angle, params, sequence.inputs[at.step], param);
  const rule = GATES[spec.gate].shiftRule ?? 'two-term';
  const recipe = SHIFT_RULES[rule];
  const runner = createRunner(problem);
  const score = scoreExpectations(model, params, sequence, loss, runner.expectations);
  const runs = runner.shiftedAtStep(at.step, [{ gate: at.gate, deltas: recipe.shifts }]).get(at.gate) as number[][][];
  const shifted = runs.map((later, k) => ({
    shift: recipe.shifts[k],
    weight: recipe.weights[k],
    outputs: [...score.outputs.slice(0, at.step), ...later.map((e) => outputsOf(model, params, e))],
  }));
  const dyda = score.outputs.map((row, s) => row.map((_, j) => (s < at.step ? 0 : shifted.reduce((acc, r) => acc + r.weight * r.outputs[s][j], 0))));
  let dLda = 0;
  dyda.forEach((row, s) => row.forEach((d, j) => { dLda += score.dLdy[s][j] * d; }));
  const trainable = [param];
  const exact = adjoint({ ...problem, trainable });
  const shift = parameterShift({ ...problem, trainable });
  const occurrences = shift.occurrences.filter((o) => o.param === param);
  const sum = occurrences.reduce((acc, o) => acc + o.contribution, 0);
  const explanation: OccurrenceExplanation = {
    param, gate: at.gate, gateName: spec.gate, step: at.step, rule,
    angle: evaluated.value, slope,
    outputs: score.outputs, loss: score.loss, dLdy: score.dLdy,
    shifted, dyda, dLda, contribution: dLda * slope,
    parameter: { occurrences, sum, headPart: shift.gradient[param] - sum, total: shift.gradient[param], adjoint: exact.gradient[param] },
  };
  if (options.withMistake) explanation.mistake = parameterShift({ ...problem, trainable }, { shiftAllAtOnce: true }).gradient[param];
  return explanation;
}
