/**
 * Everything the Explain view shows for one occurrence, computed, not asserted: its shifted
 * executions (two, or four for a controlled rotation) with their per-step outputs, the
 * weighted difference that gives `d yhat_s / d a` for every later step, the chain rule
 * through the loss and the angle expression, and the sum over all occurrences of the
 * parameter next to the adjoint value. Optionally, the gradient the common mistake gives
 * (every occurrence shifted at once).
 */
import { GATES, type ShiftRule } from '../core/gates';
import { evaluateAngle } from '../simulation/angles';
import { headOutput } from '../simulation/head';
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
  /** `yhat_s` for every step (steps before the occurrence are unchanged). */
  outputs: number[];
}

export interface OccurrenceExplanation {
  param: string;
  gate: number;
  gateName: string;
  step: number;
  rule: ShiftRule;
  /** The angle at this occurrence and `d angle / d theta = factor * u(x_t)`. */
  angle: number;
  slope: number;
  /** The unshifted execution: outputs, loss and `dL/dyhat_s`. */
  outputs: number[];
  loss: number | null;
  dLdy: number[];
  shifted: ShiftedExecution[];
  /** `d yhat_s / d a = sum_k weight_k yhat_s^(k)` for every step. */
  dyda: number[];
  /** `dL/da = sum_s dL/dyhat_s d yhat_s / d a`. */
  dLda: number;
  /** `dL/da * d a / d theta`. */
  contribution: number;
  /** Every occurrence of the parameter, their sum, the head's part and the adjoint value. */
  parameter: { occurrences: OccurrenceContribution[]; sum: number; headPart: number; total: number; adjoint: number };
  /** The gradient from shifting every occurrence at once (the mistake), when asked for. */
  mistake?: number;
}

export function explainOccurrence(problem: GradientProblem, at: { gate: number; step: number }, options: { withMistake?: boolean } = {}): OccurrenceExplanation {
  const { model, params, sequence, loss } = problem;
  const spec = model.cell[at.gate];
  const evaluated = evaluateAngle(spec.angle as Angle, params, sequence.inputs[at.step]);
  if (evaluated.param === null) throw new Error(`gate ${at.gate} binds no parameter`);
  const param = evaluated.param;
  const rule = GATES[spec.gate].shiftRule ?? 'two-term';
  const recipe = SHIFT_RULES[rule];
  const runner = createRunner(problem);
  const score = scoreExpectations(model, params, sequence, loss, runner.expectations);
  const runs = runner.shiftedAtStep(at.step, [{ gate: at.gate, deltas: recipe.shifts }]).get(at.gate) as number[][][];
  const shifted = runs.map((later, k) => ({
    shift: recipe.shifts[k],
    weight: recipe.weights[k],
    outputs: [...score.outputs.slice(0, at.step), ...later.map((e) => headOutput(model.head, params, e))],
  }));
  const dyda = score.outputs.map((_, s) => (s < at.step ? 0 : shifted.reduce((acc, r) => acc + r.weight * r.outputs[s], 0)));
  const dLda = dyda.reduce((acc, d, s) => acc + score.dLdy[s] * d, 0);
  const trainable = [param];
  const exact = adjoint({ ...problem, trainable });
  const shift = parameterShift({ ...problem, trainable });
  const occurrences = shift.occurrences.filter((o) => o.param === param);
  const sum = occurrences.reduce((acc, o) => acc + o.contribution, 0);
  const explanation: OccurrenceExplanation = {
    param, gate: at.gate, gateName: spec.gate, step: at.step, rule,
    angle: evaluated.value, slope: evaluated.derivative,
    outputs: score.outputs, loss: score.loss, dLdy: score.dLdy,
    shifted, dyda, dLda, contribution: dLda * evaluated.derivative,
    parameter: { occurrences, sum, headPart: shift.gradient[param] - sum, total: shift.gradient[param], adjoint: exact.gradient[param] },
  };
  if (options.withMistake) explanation.mistake = parameterShift({ ...problem, trainable }, { shiftAllAtOnce: true }).gradient[param];
  return explanation;
}
