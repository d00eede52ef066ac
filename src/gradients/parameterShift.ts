/**
 * `parameter-shift` (docs/spec.md §3.2): every occurrence of a parameter is shifted alone and the
 * whole sequence re-run; the two-term or four-term rule (rules.ts) gives `d yhat_s / d a`
 * for every later step `s`, and the chain rule through the loss and through
 * `factor * theta * u(x_t)` gives the occurrence's contribution:
 *
 *     contribution(g, t) = sum_{s >= t} dL/dyhat_s * (d yhat_s / d a_{g,t}) * (d a_{g,t} / d theta)
 *
 * In exact mode the runner reuses every state a shift cannot change. With shots, each
 * shifted execution is sampled, and `dL/dyhat` and the head's readouts come from two
 * further independent executions, so every product is of independent estimates and the
 * gradient is unbiased.
 *
 * `shiftAllAtOnce` computes the common mistake instead: one +-pi/2 shift of the parameter
 * itself, moving every occurrence together, with the two-term rule. For teaching only.
 */
import { createRng } from '../core/rng';
import { angleSlope } from '../simulation/angles';
import { outputsOf, scoredSteps, weightedOutputs } from '../simulation/head';
import { unroll, type Occurrence } from '../simulation/unroll';
import type { Angle } from '../model/types';
import { assembleGradient, contributionOf, headGradient, scoreExpectations, separateHeadSample, trainableOf } from './common';
import { CostMeter, executionsFor } from './cost';
import { createRunner } from './runner';
import { SHIFT_RULES } from './rules';
import { createSampler, shiftOf, type Execution } from './shots';
import type { GradientMethod, GradientProblem, GradientResult, OccurrenceContribution } from './types';
import { GATES } from '../core/gates';

export const parameterShift: GradientMethod = (problem, options = {}) => {
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const { measure } = createSampler(problem, shots, options.sampling, rng);
  const runner = createRunner(problem);
  const meter = new CostMeter(shots);
  const base = unshifted(problem, runner, measure, meter);
  const occurrences = options.shiftAllAtOnce
    ? []
    : shiftEachOccurrence(problem, runner, base.trainable, base.score.dLdy, base.scored, meter, measure, 0, problem.sequence.inputs.length);
  const gradient = assembleGradient(base.trainable, occurrences, base.head);
  if (options.shiftAllAtOnce) Object.assign(gradient, shiftEverythingTogether(problem, runner, base.trainable, base.score.dLdy, base.scored, meter, measure, base.head));
  return { method: 'parameter-shift', loss: base.score.loss, outputs: base.score.outputs, gradient, occurrences, cost: meter.cost };
};

/** The unshifted part: the loss, `dL/dyhat` and the heads' gradient from the unshifted executions, billed to `meter`. */
function unshifted(problem: GradientProblem, runner: ReturnType<typeof createRunner>, measure: Measure, meter: CostMeter) {
  const { model, params, sequence, loss } = problem;
  const scored = scoredSteps(sequence.targets, loss);
  const trainable = trainableOf(problem);
  const separateHead = separateHeadSample(model, trainable, meter.shots);
  const forLoss = measure(runner.expectations);
  const forHead = separateHead ? measure(runner.expectations) : forLoss;
  meter.add(executionsFor(model, scored) * (separateHead ? 2 : 1));
  const score = scoreExpectations(model, params, sequence, loss, forLoss);
  return { scored, trainable, score, head: headGradient(model, score.dLdy, forHead) };
}

/**
 * One piece of an exact parameter-shift gradient, so a window's shifts can be shared out over
 * threads: the contributions of the occurrences at steps `from..to-1` and the executions
 * their shifts cost, and, in the piece that starts at step 0, the unshifted part (loss,
 * outputs, the heads' gradient and its executions). {@link joinParameterShift} puts pieces
 * covering every step back together, bit for bit the gradient {@link parameterShift} gives:
 * the same contributions, summed in the same order.
 */
export interface ParameterShiftPiece {
  /** The steps `from..to-1` it covers. */
  from: number;
  to: number;
  occurrences: OccurrenceContribution[];
  circuitExecutions: number;
  unshifted: { loss: number | null; outputs: number[][]; head: Record<string, number>; circuitExecutions: number } | null;
}

/** The piece of steps `from..to-1` (exact expectations only: shots draw from one stream in order). */
export function parameterShiftPiece(problem: GradientProblem, from: number, to: number): ParameterShiftPiece {
  const runner = createRunner(problem);
  const exact: Measure = (e) => e;
  const meter = new CostMeter(null);
  const base = unshifted(problem, runner, exact, meter);
  const baseExecutions = meter.circuitExecutions;
  const occurrences = shiftEachOccurrence(problem, runner, base.trainable, base.score.dLdy, base.scored, meter, exact, from, to);
  return {
    from,
    to,
    occurrences,
    circuitExecutions: meter.circuitExecutions - baseExecutions,
    unshifted: from === 0 ? { loss: base.score.loss, outputs: base.score.outputs, head: base.head, circuitExecutions: baseExecutions } : null,
  };
}

/** The gradient from pieces in step order, covering every step once (see {@link ParameterShiftPiece}). */
export function joinParameterShift(problem: GradientProblem, pieces: readonly ParameterShiftPiece[]): GradientResult {
  const first = pieces[0]?.unshifted;
  if (!first) throw new Error('the first piece of a parameter-shift gradient must start at step 0');
  const occurrences = pieces.length === 1 ? pieces[0].occurrences : pieces.flatMap((p) => p.occurrences);
  let circuitExecutions = first.circuitExecutions;
  for (const p of pieces) circuitExecutions += p.circuitExecutions;
  const gradient = assembleGradient(trainableOf(problem), occurrences, first.head);
  return { method: 'parameter-shift', loss: first.loss, outputs: first.outputs, gradient, occurrences, cost: { circuitExecutions, shots: 0 } };
}

type Measure = (exact: number[][], execution?: Execution) => number[][];

/** `d angle / d theta` of one occurrence: `factor * u(x_t)` for the product's parameter, 1 for a bias. */
function slopeOf(problem: GradientProblem, o: Occurrence): number {
  return angleSlope(problem.model.cell[o.gate].angle as Angle, problem.params, problem.sequence.inputs[o.step], o.param);
}

/** The rule that shifts gate `gate`'s angle. */
const shiftRuleOf = (problem: GradientProblem, gate: number) => SHIFT_RULES[GATES[problem.model.cell[gate].gate].shiftRule ?? 'two-term'];

/** The trainable occurrences of a sequence of `T` steps, step by step. */
function occurrencesByStep(problem: GradientProblem, T: number, trainable: readonly string[]): Occurrence[][] {
  const byStep: Occurrence[][] = Array.from({ length: T }, () => []);
  for (const o of unroll(problem.model, T)) if (trainable.includes(o.param)) byStep[o.step].push(o);
  return byStep;
}

function shiftEachOccurrence(
  problem: GradientProblem, runner: ReturnType<typeof createRunner>, trainable: readonly string[],
  dLdy: readonly (readonly number[])[], scored: readonly number[], meter: CostMeter, measure: Measure, from: number, to: number,
): OccurrenceContribution[] {
  const { model, params } = problem;
  const T = problem.sequence.inputs.length;
  const byStep = occurrencesByStep(problem, T, trainable);
  const lastScored = scored.length ? scored[scored.length - 1] : -1;
  const out: OccurrenceContribution[] = [];
  // Plain loops below: this runs for every shifted execution and later step of every window,
  // and its garbage is collected on the cores the training threads need (docs/performance.md §4).
  for (let t = Math.max(0, from); t < Math.min(T, to); t++) {
    const here = byStep[t];
    if (here.length === 0) continue;
    if (t > lastScored) { // nothing later is scored: every contribution is exactly 0, at no cost
      for (const o of here) out.push(contributionOf(o, 0));
      continue;
    }
    // Each angle is shifted once, whatever the number of parameters it holds (docs/spec.md §5.1).
    const gates: number[] = [];
    for (const o of here) if (!gates.includes(o.gate)) gates.push(o.gate);
    const runs = runner.shiftedAtStep(t, gates.map((gate) => ({ gate, deltas: shiftRuleOf(problem, gate).shifts })));
    const executions = executionsFor(model, scored, t);
    const dLdaOf = new Map<number, number>();
    for (const gate of gates) {
      const recipe = shiftRuleOf(problem, gate);
      const exacts = runs.get(gate) as number[][][];
      let dLda = 0;
      for (let k = 0; k < exacts.length; k++) {
        const measured = measure(exacts[k], { deltaOf: shiftOf(gate, t, recipe.shifts[k]), from: t });
        meter.add(executions);
        for (let i = 0; i < measured.length; i++) dLda += recipe.weights[k] * weightedOutputs(model, params, measured[i], dLdy[t + i]);
      }
      // The heads' biases cancel in the weighted sum: the weights of every rule sum to 0.
      dLdaOf.set(gate, dLda);
    }
    for (const o of here) out.push(contributionOf(o, (dLdaOf.get(o.gate) as number) * slopeOf(problem, o)));
  }
  return out;
}

/** The mistake: d/dtheta by one +-pi/2 shift of theta itself (all occurrences at once). */
function shiftEverythingTogether(
  problem: GradientProblem, runner: ReturnType<typeof createRunner>, trainable: readonly string[],
  dLdy: readonly (readonly number[])[], scored: readonly number[], meter: CostMeter, measure: Measure, head: Record<string, number>,
): Record<string, number> {
  const { model, sequence } = problem;
  const out: Record<string, number> = {};
  for (const p of trainable) {
    const occ = unroll(model, sequence.inputs.length).filter((o) => o.param === p);
    if (occ.length === 0) continue;
    const ys = [Math.PI / 2, -Math.PI / 2].map((s) => {
      const deltaOf = (gate: number, step: number) => {
        const o = occ.find((q) => q.gate === gate && q.step === step);
        return o ? s * slopeOf(problem, o) : 0;
      };
      const exact = runner.shiftedEverywhere(deltaOf);
      meter.add(executionsFor(model, scored));
      return measure(exact, { deltaOf }).map((e) => outputsOf(model, problem.params, e));
    });
    let sum = 0;
    dLdy.forEach((g, t) => { for (let j = 0; j < g.length; j++) sum += g[j] * (ys[0][t][j] - ys[1][t][j]) / 2; });
    out[p] = sum + (head[p] ?? 0);
  }
  return out;
}

