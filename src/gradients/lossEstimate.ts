/**
 * The loss at one point as hardware would measure it: one execution of the sequence per
 * measurement setting (docs/spec.md §3.5), its features sampled with `shots` (§3.6, §6) from
 * the estimators' generator by the same `Sampler` the gradient methods use, or exact for
 * `null`. L-BFGS's line search measures its trial points with it, so their
 * bill and their noise are those of any other execution.
 */
import type { Rng } from '../core/rng';
import { scoredSteps } from '../simulation/head';
import { simulate } from '../simulation/simulate';
import { scoreExpectations } from './common';
import { CostMeter, executionsFor } from './cost';
import { createSampler } from './shots';
import type { Cost, GradientProblem } from './types';
import type { Sampling } from '../model/types';

export function estimateLoss(problem: GradientProblem, shots: number | null, rng: Rng, sampling?: Sampling): { loss: number | null; cost: Cost } {
  const { model, params, sequence, loss } = problem;
  const meter = new CostMeter(shots);
  meter.add(executionsFor(model, scoredSteps(sequence.targets, loss)));
  const exact = simulate(model, params, sequence, loss, { bloch: false }).expectations;
  const measured = createSampler(problem, shots, sampling, rng).measure(exact);
  return { loss: scoreExpectations(model, params, sequence, loss, measured).loss, cost: meter.cost };
}
