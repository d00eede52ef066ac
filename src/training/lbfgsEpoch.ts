/**
 * One L-BFGS epoch of the trainer (docs/spec.md §5.4): full batch, one iteration. The gradient
 * is the mean over every training window of the chosen method's gradient (as a batch's is);
 * the direction and the step come from lbfgs.ts; each trial point's loss is the mean over the
 * windows of `estimateLossOf` (engines.ts: an estimate sampled from the estimators' generator when the file
 * sets shots), and each of those executions is billed.
 */
import type { Rng } from '../core/rng';
import type { AnyExperiment, Sequence } from '../model/types';
import { estimateLossOf } from './engines';
import type { Cost, GradientResult, OccurrenceContribution } from '../gradients/types';
import { averageContributions, averageGradients } from './batch';
import { lbfgsIteration, MAX_HALVINGS, initialLbfgsState } from './lbfgs';
import { meanLoss } from './loss';
import type { OptimizerSettings, OptimizerState } from './optimizers';

export interface LbfgsEpochInput {
  experiment: AnyExperiment;
  trainable: readonly string[];
  train: readonly Sequence[];
  params: Record<string, number>;
  optimizer: OptimizerState;
  settings: OptimizerSettings;
  /** The chosen method's gradient of one sequence at `params`. */
  gradientOf: (sequence: Sequence) => GradientResult;
  /** The estimators' generator (shots). */
  rng: Rng;
  /** Executions and shots of this epoch, added to in place. */
  spent: Cost;
}

export type LbfgsEpochOutcome =
  /** A gradient or the measured loss was not a finite number: nothing moved. */
  | { kind: 'non-finite'; trainLoss: number | null }
  /** `stalled`: the line search found no step, the parameters are the old ones. */
  | {
    kind: 'stepped' | 'stalled'; params: Record<string, number>; optimizer: OptimizerState; trainLoss: number | null;
    gradient: Record<string, number>; occurrences: OccurrenceContribution[];
  };

export function lbfgsEpoch(input: LbfgsEpochInput): LbfgsEpochOutcome {
  const { experiment, trainable, train, params, optimizer, settings, spent } = input;
  const bill = (cost: Cost) => { spent.circuitExecutions += cost.circuitExecutions; spent.shots += cost.shots; };
  const results = train.map((sequence) => input.gradientOf(sequence));
  results.forEach((r) => bill(r.cost));
  const estimated = meanLoss(results.map((r) => r.loss));
  const gradient = averageGradients(results);
  if ((estimated !== null && !Number.isFinite(estimated)) || Object.values(gradient).some((g) => !Number.isFinite(g))) return { kind: 'non-finite', trainLoss: estimated };

  const shots = experiment.training.gradient.shots;
  // A window with nothing scored adds nothing; a data set with nothing scored at all has loss 0 everywhere.
  const lossAt = (at: Record<string, number>) => meanLoss(train.map((sequence) => {
    const measured = estimateLossOf({ model: experiment.model, params: at, sequence, loss: experiment.loss, trainable }, shots, input.rng, experiment.training.gradient.sampling);
    bill(measured.cost);
    return measured.loss;
  })) ?? 0;
  const it = lbfgsIteration(optimizer.lbfgs ?? initialLbfgsState(), settings.memory, trainable, params, gradient, lossAt);
  return {
    kind: it.ok ? 'stepped' : 'stalled',
    params: it.params,
    optimizer: { ...optimizer, iteration: optimizer.iteration + 1, lbfgs: it.state },
    // The loss the line search started from: what the run measured at these parameters.
    trainLoss: estimated === null ? null : it.loss0,
    gradient,
    occurrences: averageContributions(results),
  };
}

/** Why an L-BFGS run stopped in `epoch`, and what to do, in words (docs/spec.md §5.4). */
export function stallMessage(experiment: Pick<AnyExperiment, 'training'>, epoch: number): string {
  const { method, shots } = experiment.training.gradient;
  const found = `Training stopped in epoch ${epoch}: the L-BFGS line search found no step that lowers the loss after ${MAX_HALVINGS} halvings`;
  if (shots !== null) {
    return `${found}. With ${shots} shots per expectation the measured losses and the ${method} gradient are estimates whose noise hides the way down, and the curvature pairs are noise too. Use exact gradients (adjoint, or parameter-shift without shots) or more shots.`;
  }
  if (method === 'adjoint' || method === 'parameter-shift') {
    return `${found}: with exact gradients this means the loss cannot be lowered further at double precision, so the run has converged.`;
  }
  return `${found}: the ${method} gradient only approximates the true one, and here it no longer points downhill. Use exact gradients (adjoint, or parameter-shift without shots).`;
}
