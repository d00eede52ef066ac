/**
 * When a baseline's training has diverged: the QRNN trainer's rule (src/training/trainer.ts)
 * applied to a flat parameter vector. A run has diverged once its train loss is not a
 * number, or a weight has left the range a file may hold (`LIMITS.magnitude`), or the train
 * loss has grown to `DIVERGENCE_GROWTH` times the first epoch's and past 1.
 */
import { LIMITS } from '../model/types';
import { DIVERGENCE_GROWTH } from '../training/trainer';

/** Why the run diverged, in words, or `null` while it has not. */
export function baselineDivergence(trainLoss: number | null, startLoss: number | null, params: Float64Array): string | null {
  if (trainLoss !== null && !Number.isFinite(trainLoss)) return 'the loss became NaN or infinite';
  const wild = params.findIndex((p) => !Number.isFinite(p) || Math.abs(p) > LIMITS.magnitude);
  if (wild >= 0) return `weight ${wild} left the range ±${LIMITS.magnitude.toExponential(0).replace('+', '')}`;
  if (trainLoss !== null && startLoss !== null && startLoss > 0 && trainLoss > DIVERGENCE_GROWTH * startLoss && trainLoss > 1) {
    return `the loss grew from ${startLoss.toPrecision(3)} to ${trainLoss.toPrecision(3)}, over ${DIVERGENCE_GROWTH} times its first value`;
  }
  return null;
}

/** The message a diverged baseline reports: what happened and what to change (the learning rate). */
export function baselineDivergenceMessage(why: string, kind: string, learningRate: number, epoch: number): string {
  const start = `The ${kind} baseline diverged in epoch ${epoch}: ${why}.`;
  if (!Number.isFinite(learningRate)) return `${start} Its ridge fit met non-finite reservoir states: lower the input scale or the spectral radius.`;
  return `${start} The learning rate (${learningRate}) is probably too high: lower it (for example to ${+(learningRate / 10).toPrecision(2)}) and run it again.`;
}
