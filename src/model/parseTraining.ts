/**
 * Checks the `loss` and `training` blocks of an experiment file (docs/spec.md §2, 3) and supplies
 * their defaults: an absent block, or an absent field inside one, takes the value of
 * `defaultLoss()` or `defaultTraining()` (the settings of the SPEC's example file).
 */
import { GRADIENT_METHODS, LIMITS, OPTIMIZER_KINDS, SAMPLINGS, type GradientSpec, type LbfgsOptimizerSpec, type LossSpec, type OptimizerSpec, type TrainingSpec } from './types';
import { child, complete, copyExtras, describe, fail, own, readChoice, readNumber, readNumberOr, readObject, type Report } from './parseCheck';

/** The loss of a file without one: mean squared error over every step (`washout` 0). */
export function defaultLoss(): LossSpec {
  return { kind: 'mse', washout: 0 };
}

/** The learning rate of an optimizer block without one (every kind but `lbfgs`, which needs none). */
export const DEFAULT_LEARNING_RATE = 0.05;

/** `training.optimizer.learningRate`: above 0, at most `LIMITS.learningRate`. */
const LEARNING_RATE_RULE = { above: 0, max: LIMITS.learningRate } as const;

/** `training.optimizer.memory` of `lbfgs` (docs/spec.md §5.4): the curvature pairs kept, an integer 1 to 100, default 10. */
export const LBFGS_MEMORY = { fallback: 10, rule: { integer: true, min: 1, max: 100 } } as const;

/**
 * The training settings of a file without them, as in the SPEC's example: exact
 * parameter-shift gradients, Adam with learning rate 0.05, 50 epochs of batches of 8, seed 1.
 */
export function defaultTraining(): TrainingSpec {
  return {
    gradient: { method: 'parameter-shift', shots: null },
    optimizer: { kind: 'adam', learningRate: DEFAULT_LEARNING_RATE },
    epochs: 50,
    batchSize: 8,
    seed: 1,
  };
}

/** Checks `loss` (found at `path`); absent, it is `defaultLoss()`. */
export function parseLoss(r: Report, raw: unknown, path = 'loss'): LossSpec | undefined {
  if (raw === undefined) return defaultLoss();
  const o = readObject(r, raw, path, 'an object like {"kind": "mse", "washout": 0}');
  if (!o) return undefined;
  const fallback = defaultLoss();
  const rawKind = own(o, 'kind');
  const kind = rawKind === undefined ? fallback.kind : readChoice(r, rawKind, child(path, 'kind'), ['mse'] as const);
  const washout = readNumberOr(r, own(o, 'washout'), child(path, 'washout'), fallback.washout, { integer: true, min: 0 });
  const parts = complete({ kind, washout });
  if (!parts) return undefined;
  const loss: LossSpec = { ...parts };
  copyExtras(r, o, ['kind', 'washout'], path, loss);
  return loss;
}

/** Checks `training` (found at `path`); absent, it is `defaultTraining()`, and so is each absent field. */
export function parseTraining(r: Report, raw: unknown, path = 'training'): TrainingSpec | undefined {
  const fallback = defaultTraining();
  if (raw === undefined) return fallback;
  const o = readObject(r, raw, path, 'an object with gradient, optimizer, epochs, batchSize and seed');
  if (!o) return undefined;
  const rawGradient = own(o, 'gradient'), rawOptimizer = own(o, 'optimizer');
  const gradient = rawGradient === undefined ? fallback.gradient : readGradient(r, rawGradient, child(path, 'gradient'));
  const optimizer = rawOptimizer === undefined ? fallback.optimizer : readOptimizer(r, rawOptimizer, child(path, 'optimizer'));
  const epochs = readNumberOr(r, own(o, 'epochs'), child(path, 'epochs'), fallback.epochs, { integer: true, min: 0, max: LIMITS.epochs });
  const batchSize = readNumberOr(r, own(o, 'batchSize'), child(path, 'batchSize'), fallback.batchSize, { integer: true, min: 1, max: LIMITS.batchSize });
  const seed = readNumberOr(r, own(o, 'seed'), child(path, 'seed'), fallback.seed, { integer: true });
  const parts = complete({ gradient, optimizer, epochs, batchSize, seed });
  if (!parts) return undefined;
  const training: TrainingSpec = { ...parts };
  copyExtras(r, o, ['gradient', 'optimizer', 'epochs', 'batchSize', 'seed'], path, training);
  return training;
}

function readGradient(r: Report, raw: unknown, path: string): GradientSpec | undefined {
  const o = readObject(r, raw, path, 'an object like {"method": "parameter-shift", "shots": null}');
  if (!o) return undefined;
  const fallback = defaultTraining().gradient;
  const rawMethod = own(o, 'method'), rawShots = own(o, 'shots');
  const method = rawMethod === undefined ? fallback.method : readChoice(r, rawMethod, child(path, 'method'), GRADIENT_METHODS);
  const shots = rawShots === undefined ? fallback.shots : readShots(r, rawShots, child(path, 'shots'));
  // `h` (the finite-difference step) is optional and kept as written; see `readStep`.
  const rawStep = own(o, 'h');
  const step = rawStep === undefined ? true : readStep(r, rawStep, child(path, 'h'));
  // docs/spec.md §6: absent stays absent (it means `independent`), so older files save as they were.
  const rawSampling = own(o, 'sampling');
  const sampling = rawSampling === undefined ? undefined : readChoice(r, rawSampling, child(path, 'sampling'), SAMPLINGS);
  if (method === undefined || shots === undefined || step === undefined || (rawSampling !== undefined && sampling === undefined)) return undefined;
  const gradient: GradientSpec = sampling === undefined ? { method, shots } : { method, shots, sampling };
  copyExtras(r, o, ['method', 'shots', 'sampling'], path, gradient);
  return gradient;
}

/** docs/spec.md §3.6: `null` for exact expectations, else the number of samples per expectation (at most `LIMITS.shots`). */
function readShots(r: Report, v: unknown, path: string): number | null | undefined {
  if (v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= LIMITS.shots)) return v;
  return fail(r, path, `must be null (exact expectations) or a number of shots (an integer from 1 to ${LIMITS.shots.toExponential().replace('e+', 'e')}), got ${describe(v)}`);
}

/** The finite-difference step `h` (docs/spec.md §3.3): a positive number that doubles resolve, `LIMITS.minStep` to `LIMITS.magnitude`. */
export const STEP_RULE = { min: LIMITS.minStep, max: LIMITS.magnitude } as const;

function readStep(r: Report, v: unknown, path: string): number | undefined {
  return readNumber(r, v, path, STEP_RULE);
}

function readOptimizer(r: Report, raw: unknown, path: string): OptimizerSpec | undefined {
  const o = readObject(r, raw, path, 'an object like {"kind": "adam", "learningRate": 0.05}');
  if (!o) return undefined;
  const rawKind = own(o, 'kind'), rawRate = own(o, 'learningRate');
  const kind = rawKind === undefined ? defaultTraining().optimizer.kind : readChoice(r, rawKind, child(path, 'kind'), OPTIMIZER_KINDS);
  if (kind === 'lbfgs') return readLbfgs(r, o, path);
  const learningRate = readNumberOr(r, rawRate, child(path, 'learningRate'), DEFAULT_LEARNING_RATE, LEARNING_RATE_RULE);
  const parts = complete({ kind, learningRate });
  if (!parts) return undefined;
  const optimizer: OptimizerSpec = { ...parts };
  copyExtras(r, o, ['kind', 'learningRate'], path, optimizer);
  return optimizer;
}

/**
 * `lbfgs` (docs/spec.md §5.4): `memory` defaults to 10; its line search picks the step, so a
 * learning rate is not added. One the file carries is checked and kept as written (switching
 * back to another optimizer finds it again), with no effect.
 */
function readLbfgs(r: Report, o: Record<string, unknown>, path: string): LbfgsOptimizerSpec | undefined {
  const rawRate = own(o, 'learningRate');
  const learningRate = rawRate === undefined ? undefined : readNumber(r, rawRate, child(path, 'learningRate'), LEARNING_RATE_RULE);
  const memory = readNumberOr(r, own(o, 'memory'), child(path, 'memory'), LBFGS_MEMORY.fallback, LBFGS_MEMORY.rule);
  if (memory === undefined || (rawRate !== undefined && learningRate === undefined)) return undefined;
  const optimizer: LbfgsOptimizerSpec = learningRate === undefined ? { kind: 'lbfgs', memory } : { kind: 'lbfgs', learningRate, memory };
  copyExtras(r, o, ['kind', 'learningRate', 'memory'], path, optimizer);
  return optimizer;
}
