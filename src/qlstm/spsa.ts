/**
 * `spsa` for a QLSTM (docs/spec.md §3.4): one Rademacher direction for every parameter, two
 * runs of the sequence (`6 T` executions each) whatever their number, with the QRNN's gains
 * and defaults (src/gradients/spsa.ts). The loss reported is the exact one at `theta`, not
 * billed, as for the QRNN.
 */
import { createRng } from '../core/rng';
import { trainableOf } from '../gradients/common';
import { CostMeter } from '../gradients/cost';
import { perturbationSize } from '../gradients/spsa';
import type { GradientOptions } from '../gradients/types';
import { scoredSteps } from '../simulation/head';
import { runExecutions, runSequence } from './run';
import type { QlstmGradientMethod } from './types';

export const qlstmSpsa: QlstmGradientMethod = (problem, options: GradientOptions = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const ck = perturbationSize(options);
  const meter = new CostMeter(shots);
  const executions = runExecutions(sequence.inputs.length, scoredSteps(sequence.targets, loss).length);
  const trainable = trainableOf(problem);
  const delta = Object.fromEntries(trainable.map((p) => [p, rng.rademacher()]));
  const lossAt = (sign: number) => {
    const moved = { ...params };
    for (const p of trainable) moved[p] = params[p] + sign * ck * delta[p];
    meter.add(executions);
    return runSequence(model, moved, sequence, loss, shots, rng).loss ?? 0;
  };
  const plus = lossAt(1), minus = lossAt(-1);
  const gradient = Object.fromEntries(trainable.map((p) => [p, (plus - minus) / (2 * ck * delta[p])]));
  const exact = runSequence(model, params, sequence, loss);
  return { method: 'spsa', loss: exact.loss, outputs: exact.outputs, gradient, occurrences: [], cost: meter.cost };
};
