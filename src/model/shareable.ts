/** Whether a run's batches may be shared out over threads; apart so the page can ask without the numerics. */
import type { AnyExperiment } from './types';

/**
 * Whether the training windows' gradients of `experiment` can be computed on any thread, in
 * any order, and give the numbers one thread gives: so when the estimator draws no random
 * numbers (exact expectations, and no SPSA) and the optimizer takes mini-batches (L-BFGS's
 * line search and the ridge solve run in one place). A sampled estimate draws its shots from
 * one seeded stream, window after window: shared out, each window would need the stream's
 * state after the previous one's draws, which only computing that window gives.
 */
export function shareableGradients(experiment: AnyExperiment): boolean {
  return oneThreadReason(experiment) === null;
}

/** Why `experiment` trains on one thread, in words naming the setting, or `null` when its batches can be shared out. */
export function oneThreadReason(experiment: AnyExperiment): string | null {
  const { optimizer, gradient } = experiment.training;
  if (optimizer.kind === 'lbfgs') return 'L-BFGS takes every window at once, so there is no batch to share out';
  if (optimizer.kind === 'ridge') return 'ridge fits the head in one solve over every window';
  if ((gradient.shots ?? null) !== null) return 'shots are set, and their random numbers are drawn in one seeded order, window after window';
  if (optimizer.kind === 'spsa' || gradient.method === 'spsa') return 'SPSA draws its random directions in one seeded order, window after window';
  return null;
}

