/**
 * `finite-difference` for a QLSTM (docs/spec.md §3.3): per parameter, central
 * `(L(p + h) - L(p - h)) / 2h` or forward `(L(p + h) - L(p)) / h`, each `L` from one run of
 * the sequence (`6 T` executions, sampled with shots). With `perOccurrence`, one
 * occurrence's angle is moved by `+-h` in its one circuit evaluation and the sequence re-run
 * from the start; small `h` makes that the occurrence's contribution (the difference needs
 * no trigonometric structure, unlike the `pi/2` shift of wholeSequenceShift.ts), and the
 * head's gradient is the analytic one from the unshifted run, as for the QRNN.
 */
import { createRng } from '../core/rng';
import { headGradient, trainableOf } from '../gradients/common';
import { CostMeter } from '../gradients/cost';
import type { GradientOptions } from '../gradients/types';
import { scoredSteps } from '../simulation/head';
import { Contributions, gradientOf } from './contributions';
import { angleRefs, shapeOf } from './parameters';
import { runExecutions, runSequence, type Shift } from './run';
import { QLSTM_CIRCUITS } from '../model/types';
import type { QlstmGradientMethod } from './types';

export const qlstmFiniteDifference: QlstmGradientMethod = (problem, options: GradientOptions = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const h = options.h ?? (shots === null ? 1e-3 : 0.1);
  const central = (options.variant ?? 'central') === 'central';
  const T = sequence.inputs.length;
  const executions = runExecutions(T, scoredSteps(sequence.targets, loss).length);
  const meter = new CostMeter(shots);
  const trainable = trainableOf(problem);
  const lossOf = (at: typeof params, shift?: Shift) => {
    meter.add(executions);
    return runSequence(model, at, sequence, loss, shots, rng, shift).loss ?? 0;
  };
  // The unshifted run is part of the estimate for forward differences and for the head's
  // analytic gradient per occurrence; central differences per parameter do not need it.
  const needsBase = !central || Boolean(options.perOccurrence);
  if (needsBase) meter.add(executions);
  const base = runSequence(model, params, sequence, loss, needsBase ? shots : null, rng);
  const baseLoss = base.loss ?? 0;

  if (options.perOccurrence) {
    const table = new Contributions(model, T, new Set(trainable));
    const shape = shapeOf(model);
    for (let t = 0; t < T; t++) {
      QLSTM_CIRCUITS.forEach((circuit, k) => angleRefs(model, circuit).forEach((_, s) => {
        if (!table.trained(k, s)) return;
        const slot = 2 * shape.n + s;
        const plus = lossOf(params, { k, t, slot, delta: h });
        table.set(k, t, s, central ? (plus - lossOf(params, { k, t, slot, delta: -h })) / (2 * h) : (plus - baseLoss) / h);
      }));
    }
    const occurrences = table.list();
    return { method: 'finite-difference', loss: base.loss, outputs: base.outputs, gradient: gradientOf(trainable, occurrences, headGradient(model, base.dLdy, base.tape.features)), occurrences, cost: meter.cost };
  }

  const gradient: Record<string, number> = {};
  for (const p of trainable) {
    const plus = lossOf({ ...params, [p]: params[p] + h });
    gradient[p] = central ? (plus - lossOf({ ...params, [p]: params[p] - h })) / (2 * h) : (plus - baseLoss) / h;
  }
  return { method: 'finite-difference', loss: base.loss, outputs: base.outputs, gradient, occurrences: [], cost: meter.cost };
};
