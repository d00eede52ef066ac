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
  const { optimizer, gradient } = experiment.training;
  if (optimizer.kind === 'spsa' || optimizer.kind === 'lbfgs' || optimizer.kind === 'ridge') return false;
  return (gradient.shots ?? null) === null && gradient.method !== 'spsa';
}
