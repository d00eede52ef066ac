/**
 * A baseline's loss and its exact gradient: the QRNN's loss word for word (docs/spec.md §2,
 * 5.3), mean squared error over the scored steps `t >= washout` that have a target and over
 * the outputs (`mse`, `mseGradient` of src/simulation/head.ts), and over a batch the mean
 * over the sequences that have a scored step (`meanLoss`, as src/training/batch.ts averages
 * gradients). The gradient is back-propagation through time: the head's backward pass gives
 * `dL/ds_t`, the recurrence's carries it back through the steps.
 */
import { mse, mseGradient } from '../simulation/head';
import { meanLoss } from '../training/loss';
import type { LossSpec, Sequence } from '../model/types';
import { headBackward, headOutputs, type BaselineModel } from './head';

function recurrenceParams(model: BaselineModel, params: Float64Array): Float64Array {
  return params.subarray(0, model.recurrence.size);
}

/** `yhat_t` of one sequence, `[step][output]`. */
export function sequenceOutputs(model: BaselineModel, params: Float64Array, sequence: Sequence): number[][] {
  return headOutputs(model, params, model.recurrence.run(recurrenceParams(model, params), sequence.inputs).states);
}

/** One sequence's loss, or `null` when it has no scored step. */
export function sequenceLoss(model: BaselineModel, params: Float64Array, sequence: Sequence, loss: LossSpec): number | null {
  return mse(sequenceOutputs(model, params, sequence), sequence.targets, loss);
}

/** The mean loss over `sequences` (those with a scored step), or `null` when none has one. */
export function meanSequenceLoss(model: BaselineModel, params: Float64Array, sequences: readonly Sequence[], loss: LossSpec): number | null {
  return meanLoss(sequences.map((s) => sequenceLoss(model, params, s, loss)));
}

/** One sequence's loss and `dL/dtheta` (all zero when it has no scored step). */
export function sequenceGradient(model: BaselineModel, params: Float64Array, sequence: Sequence, loss: LossSpec): { loss: number | null; gradient: Float64Array } {
  const gradient = new Float64Array(model.size);
  const run = model.recurrence.run(recurrenceParams(model, params), sequence.inputs);
  const outputs = headOutputs(model, params, run.states);
  const value = mse(outputs, sequence.targets, loss);
  if (value === null) return { loss: null, gradient };
  const dStates = headBackward(model, params, run.states, mseGradient(outputs, sequence.targets, loss), gradient);
  run.backward(dStates, gradient.subarray(0, model.recurrence.size));
  return { loss: value, gradient };
}

/**
 * A batch's loss and gradient: means over its sequences that have a scored step, each
 * sequence's gradient added divided by their number, in batch order (as
 * src/training/batch.ts `averageGradients` does for the QRNN).
 */
export function batchGradient(model: BaselineModel, params: Float64Array, batch: readonly Sequence[], loss: LossSpec): { loss: number | null; gradient: Float64Array } {
  const results = batch.map((s) => sequenceGradient(model, params, s, loss)).filter((r) => r.loss !== null);
  const gradient = new Float64Array(model.size);
  for (const r of results) for (let k = 0; k < gradient.length; k++) gradient[k] += r.gradient[k] / results.length;
  return { loss: meanLoss(results.map((r) => r.loss)), gradient };
}
