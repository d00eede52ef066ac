/**
 * Losses over batches (docs/spec.md §2 `loss`): mean squared error with washout per sequence, and the
 * mean over a batch's sequences. Sequences with no scored step do not count.
 */
import { mse } from '../simulation/head';
import type { LossSpec, Sequence } from '../model/types';

/** Mean of the per-sequence losses that exist, or `null` if none does. */
export function meanLoss(losses: readonly (number | null)[]): number | null {
  const present = losses.filter((l): l is number => l !== null);
  return present.length === 0 ? null : present.reduce((s, l) => s + l, 0) / present.length;
}

/** MSE of one sequence's outputs (`[step][output]`). */
export function sequenceLoss(outputs: readonly (readonly number[])[], sequence: Sequence, loss: LossSpec): number | null {
  return mse(outputs, sequence.targets, loss);
}
