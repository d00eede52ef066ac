/**
 * `spsa` (docs/spec.md §3.4, Spall 1992): one random Rademacher direction `Delta` for all parameters,
 * two executions whatever their number:
 *
 *     g_i = [L(theta + c_k Delta) - L(theta - c_k Delta)] / (2 c_k Delta_i),   c_k = c / (k + 1)^gamma
 *
 * with `c = 0.2`, `gamma = 0.101` by default and `k` the optimizer's iteration. Unbiased up to
 * `O(c_k^2)` in expectation over directions; each single estimate is noisy.
 */
import { pow } from '../core/detmath';
import { createRng } from '../core/rng';
import { mse, outputsOf, scoredSteps } from '../simulation/head';
import { scoreExpectations, trainableOf } from './common';
import { CostMeter, executionsFor } from './cost';
import { createRunner } from './runner';
import { createSampler } from './shots';
import type { GradientMethod, GradientOptions } from './types';

export const SPSA_DEFAULTS = { c: 0.2, gamma: 0.101, k: 0 } as const;

/** The perturbation size `c_k = c / (k + 1)^gamma` of iteration `k`, from the options or their defaults. */
export function perturbationSize(options: GradientOptions): number {
  const c = options.spsa?.c ?? SPSA_DEFAULTS.c;
  const gamma = options.spsa?.gamma ?? SPSA_DEFAULTS.gamma;
  const k = options.spsa?.k ?? SPSA_DEFAULTS.k;
  return c / pow(k + 1, gamma);
}

export const spsa: GradientMethod = (problem, options = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const ck = perturbationSize(options);
  const scored = scoredSteps(sequence.targets, loss);
  const meter = new CostMeter(shots);
  const trainable = trainableOf(problem);
  const delta = Object.fromEntries(trainable.map((p) => [p, rng.rademacher()]));
  const { measure } = createSampler(problem, shots, options.sampling, rng);
  const lossAt = (sign: number) => {
    const moved = { ...params };
    for (const p of trainable) moved[p] = params[p] + sign * ck * delta[p];
    meter.add(executionsFor(model, scored));
    const e = measure(createRunner({ ...problem, params: moved }).expectations, { params: moved });
    return mse(e.map((x) => outputsOf(model, moved, x)), sequence.targets, loss) ?? 0;
  };
  const plus = lossAt(1), minus = lossAt(-1);
  const gradient = Object.fromEntries(trainable.map((p) => [p, (plus - minus) / (2 * ck * delta[p])]));
  // The loss at theta itself, as every method reports it; not part of the estimate's cost.
  const score = scoreExpectations(model, params, sequence, loss, createRunner(problem).expectations);
  return { method: 'spsa', loss: score.loss, outputs: score.outputs, gradient, occurrences: [], cost: meter.cost };
};
