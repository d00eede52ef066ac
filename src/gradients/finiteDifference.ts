/**
 * `finite-difference` (docs/spec.md §3.3): per parameter, central `(L(p + h) - L(p - h)) / 2h` or
 * forward `(L(p + h) - L(p)) / h`, each `L` from one execution (sampled with shots). With
 * `perOccurrence`, one occurrence's angle is moved by `+-h` instead, which estimates that
 * occurrence's contribution and shows the bias of the difference next to the exact shift.
 */
import { createRng } from '../core/rng';
import { angleSlope } from '../simulation/angles';
import { mse, outputsOf, scoredSteps } from '../simulation/head';
import { unroll } from '../simulation/unroll';
import type { Angle } from '../model/types';
import { assembleGradient, contributionOf, headGradient, scoreExpectations, separateHeadSample, trainableOf } from './common';
import { CostMeter, executionsFor } from './cost';
import { createRunner } from './runner';
import { createSampler, shiftOf } from './shots';
import type { GradientMethod, OccurrenceContribution } from './types';

export const finiteDifference: GradientMethod = (problem, options = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const h = options.h ?? (shots === null ? 1e-3 : 0.1);
  const central = (options.variant ?? 'central') === 'central';
  const { measure } = createSampler(problem, shots, options.sampling, rng);
  const scored = scoredSteps(sequence.targets, loss);
  const meter = new CostMeter(shots);
  const lossOf = (expectations: number[][]) => mse(expectations.map((e) => outputsOf(model, params, e)), sequence.targets, loss) ?? 0;

  const runner = createRunner(problem);
  // The unshifted execution is part of the estimate for forward differences and for the
  // head's analytic gradient per occurrence; central differences per parameter do not need it.
  const needsBase = !central || Boolean(options.perOccurrence);
  const base = needsBase ? measure(runner.expectations) : runner.expectations;
  if (needsBase) meter.add(executionsFor(model, scored));
  const score = scoreExpectations(model, params, sequence, loss, base);
  const trainable = trainableOf(problem);

  if (options.perOccurrence) {
    const occurrences: OccurrenceContribution[] = [];
    const T = sequence.inputs.length;
    for (let t = 0; t < T; t++) {
      const here = unroll(model, T).filter((o) => o.step === t && trainable.includes(o.param));
      if (here.length === 0) continue;
      const deltas = central ? [h, -h] : [h];
      // Each angle is moved once, whatever the number of parameters it holds (docs/spec.md §5.1).
      const gates = [...new Set(here.map((o) => o.gate))];
      const runs = runner.shiftedAtStep(t, gates.map((gate) => ({ gate, deltas })));
      const dLdaOf = new Map(gates.map((gate) => {
        const losses = (runs.get(gate) as number[][][]).map((later, k) => {
          meter.add(executionsFor(model, scored));
          return lossOf(measure([...runner.expectations.slice(0, t), ...later], { deltaOf: shiftOf(gate, t, deltas[k]) }));
        });
        return [gate, central ? (losses[0] - losses[1]) / (2 * h) : (losses[0] - (score.loss ?? 0)) / h];
      }));
      for (const o of here) {
        const slope = angleSlope(model.cell[o.gate].angle as Angle, params, sequence.inputs[t], o.param);
        occurrences.push(contributionOf(o, (dLdaOf.get(o.gate) as number) * slope));
      }
    }
    // A trained head takes its features from an execution apart from the one behind dL/dyhat (common.ts).
    const separateHead = separateHeadSample(model, trainable, shots);
    if (separateHead) meter.add(executionsFor(model, scored));
    const headParams = headGradient(model, score.dLdy, separateHead ? measure(runner.expectations) : base);
    return { method: 'finite-difference', loss: score.loss, outputs: score.outputs, gradient: assembleGradient(trainable, occurrences, headParams), occurrences, cost: meter.cost };
  }

  const gradient: Record<string, number> = {};
  for (const p of trainable) {
    const at = (delta: number) => {
      meter.add(executionsFor(model, scored));
      const shifted = { ...params, [p]: params[p] + delta };
      return mse(measure(createRunner({ ...problem, params: shifted }).expectations, { params: shifted }).map((e) => outputsOf(model, shifted, e)), sequence.targets, loss) ?? 0;
    };
    gradient[p] = central ? (at(h) - at(-h)) / (2 * h) : (at(h) - (score.loss ?? 0)) / h;
  }
  return { method: 'finite-difference', loss: score.loss, outputs: score.outputs, gradient, occurrences: [], cost: meter.cost };
};
