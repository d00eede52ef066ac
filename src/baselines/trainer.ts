/**
 * A classical baseline trained as pure epoch steps, beside the QRNN (docs/spec.md §8): the
 * same windows (`buildDataset(experiment.data)`), loss and washout, `training.epochs` and
 * `training.batchSize`, and a seeded batch order drawn exactly as the QRNN trainer draws
 * its own (src/training/trainer.ts: the generator `createRng(seed)`, of which one `fork()`
 * is taken first, then `epochBatches` on it every epoch), so a baseline sees the same
 * batches in the same order as the QRNN run with that seed. The fork draws the weights.
 *
 * - `lstm`, `gru`, `linear`: per batch, the exact gradient by back-propagation through time
 *   (loss.ts) and one Adam update (adam.ts; the SPEC's learning rate 0.01 unless the spec
 *   sets one). `trainLoss` is the mean of the batch losses measured on the way, before each
 *   update, as the QRNN trainer reports it; `testLoss` is the exact mean loss over the test
 *   windows after the epoch.
 * - `esn`: the head is fitted by ridge regression in the first epoch, over every scored step
 *   of the training windows ("in one epoch"). Nothing is left to learn after it, so every
 *   later epoch up to `training.epochs` reports the fitted losses again without refitting
 *   (a refit on the same windows would give the same head, bit for bit): its curve is flat
 *   after epoch 1 and as long as every other run's, which is what a study draws.
 *   `trainLoss` is then the exact train loss of the fitted head.
 *
 * A non-finite batch loss or gradient stops the epoch before any update and reports
 * `diverged`; so does a finished epoch whose train loss or weights diverge by the QRNN
 * trainer's rule (divergence.ts). Every entry costs no circuit execution and no shot.
 */
import { createRng, type Rng } from '../core/rng';
import { buildDataset, checkModelOnDataset } from '../data';
import { outputCount } from '../model/outputs';
import { scoredSteps } from '../simulation/head';
import type { Experiment, FieldError, Sequence } from '../model/types';
import { meanLoss } from '../training/loss';
import { epochBatches, type HistoryEntry } from '../training/trainer';
import { adamStep, initialAdamState } from './adam';
import { baselineDivergence, baselineDivergenceMessage } from './divergence';
import { headOffset } from './head';
import { batchGradient, meanSequenceLoss } from './loss';
import { createBaselineModel, type InitialModel } from './models';
import { ridgeHead } from './ridge';
import { BASELINE_DEFAULTS, learningRateOf, parseBaseline, type BaselineSpec } from '../model/parseBaseline';

export interface BaselineStep {
  entry: HistoryEntry;
  status: 'ok' | 'finished' | 'diverged';
  /** Why training stopped, in words a user can act on (with `diverged`). */
  message?: string;
}

export interface BaselineTrainer {
  /** Epochs completed. */
  readonly epoch: number;
  /** One entry per completed epoch; `circuitExecutions` and `shots` are 0. */
  readonly history: readonly HistoryEntry[];
  /** The trained parameter count, `baselineParameterCount(spec, i, m)`. */
  readonly parameters: number;
  /** Mean train and test loss at the initial weights, before any update (exact). */
  initialLosses(): { trainLoss: number | null; testLoss: number | null };
  /** Runs one epoch (does nothing but report once `epochs` are done or after divergence). */
  step(): BaselineStep;
}

export type BaselineTrainerResult = { ok: true; trainer: BaselineTrainer } | { ok: false; errors: FieldError[] };

const refuse = (path: string, message: string): BaselineTrainerResult => ({ ok: false, errors: [{ path, message }] });

/** A trainer of `spec` on `experiment`'s windows, its weights and batch order drawn from `seed`. Never throws. */
export function createBaselineTrainer(experiment: Experiment, spec: BaselineSpec, seed: number): BaselineTrainerResult {
  const checked = parseBaseline(spec, 'baseline');
  if (!checked.ok) return checked;
  const built = buildDataset(experiment.data);
  if (!built.ok) return built;
  const { train, test } = built.dataset;
  if (train.length === 0) return refuse('data', 'the dataset has no training sequence: make it longer or lower the window');
  const washout = checkModelOnDataset(experiment, built.dataset).filter((e) => e.path === 'loss.washout');
  if (washout.length > 0) return { ok: false, errors: washout };
  const inputSize = train[0].inputs[0]?.length ?? 1;
  const outputs = [...train, ...test].flatMap((s) => s.targets).find((y) => y !== null)?.length ?? outputCount(experiment.model);
  const generators = baselineGenerators(seed);
  let initial: InitialModel;
  try {
    initial = createBaselineModel(checked.spec, inputSize, outputs, generators.weights);
  } catch (error) {
    return refuse('baseline', `could not be built (${error instanceof Error ? error.message : String(error)})`);
  }
  return { ok: true, trainer: baselineTrainer(experiment, checked.spec, initial, train, test, (n, size) => epochBatches(n, size, generators.batches)) };
}

/**
 * The generators of a run with `seed`, drawn as the QRNN trainer draws its own: `createRng(seed)`
 * orders the batches, after one `fork()` taken first (the QRNN's estimator generator; here the
 * one that draws the weights), so both see the same batch order.
 */
export function baselineGenerators(seed: number): { batches: Rng; weights: Rng } {
  const batches = createRng(seed);
  return { weights: batches.fork(), batches };
}

/** What one epoch's training part gives: its losses, or where it stopped and why. */
type EpochOutcome = { trainLoss: number | null; testLoss: number | null } | { diverged: HistoryEntry; why: string };

function baselineTrainer(
  experiment: Experiment, spec: BaselineSpec, { model, params: start }: InitialModel,
  train: readonly Sequence[], test: readonly Sequence[], batchesOf: (n: number, size: number) => number[][],
): BaselineTrainer {
  const { loss, training } = experiment;
  const params = start.slice();
  const adam = initialAdamState(model.size);
  const learningRate = learningRateOf(spec);
  const history: HistoryEntry[] = [];
  let epoch = 0, startLoss: number | null = null, stoppedMessage: string | null = null;
  let fitted: { trainLoss: number | null; testLoss: number | null } | null = null;
  const lossOver = (sequences: readonly Sequence[], at: Float64Array = params) => meanSequenceLoss(model, at, sequences, loss);
  const entryOf = (at: number, trainLoss: number | null, testLoss: number | null): HistoryEntry => ({ epoch: at, trainLoss, testLoss, circuitExecutions: 0, shots: 0 });

  /** Adam over the seeded batches; a non-finite batch stops before its update. */
  const adamEpoch = (): EpochOutcome => {
    const batchLosses: (number | null)[] = [];
    for (const batch of batchesOf(train.length, training.batchSize)) {
      const { loss: batchLoss, gradient } = batchGradient(model, params, batch.map((i) => train[i]), loss);
      if ((batchLoss !== null && !Number.isFinite(batchLoss)) || gradient.some((g) => !Number.isFinite(g))) {
        return { diverged: entryOf(epoch, batchLoss, null), why: 'the loss became NaN or infinite' };
      }
      batchLosses.push(batchLoss);
      // A batch with no scored step has no gradient: as the QRNN's optimizer does, count the update and move nothing.
      if (batchLoss === null) adam.iteration++;
      else adamStep(adam, learningRate, params, gradient);
    }
    return { trainLoss: meanLoss(batchLosses), testLoss: lossOver(test) };
  };

  /** The ridge fit over every scored step of the training windows, once; later epochs report it again. */
  const ridgeEpoch = (): EpochOutcome => {
    if (fitted) return fitted;
    const states: Float64Array[] = [], targets: number[][] = [];
    for (const seq of train) {
      const run = model.recurrence.run(params.subarray(0, 0), seq.inputs);
      for (const t of scoredSteps(seq.targets, loss)) { states.push(run.states[t]); targets.push(seq.targets[t] as number[]); }
    }
    const alpha = spec.kind === 'esn' ? spec.alpha ?? BASELINE_DEFAULTS.alpha : BASELINE_DEFAULTS.alpha;
    const head = ridgeHead({ states, targets }, model.recurrence.stateSize, model.outputs, alpha);
    if (!head) return { diverged: entryOf(epoch, null, null), why: 'the ridge system could not be solved' };
    params.set(head, headOffset(model));
    fitted = { trainLoss: lossOver(train), testLoss: lossOver(test) };
    return fitted;
  };

  const runEpoch = (): BaselineStep => {
    const outcome = spec.kind === 'esn' ? ridgeEpoch() : adamEpoch();
    if ('diverged' in outcome) {
      stoppedMessage = baselineDivergenceMessage(outcome.why, spec.kind, learningRate, epoch + 1);
      return { entry: outcome.diverged, status: 'diverged', message: stoppedMessage };
    }
    epoch++;
    const entry = entryOf(epoch, outcome.trainLoss, outcome.testLoss);
    history.push(entry);
    if (epoch === 1) startLoss = entry.trainLoss;
    const why = baselineDivergence(entry.trainLoss, startLoss, params);
    if (why !== null) {
      stoppedMessage = baselineDivergenceMessage(why, spec.kind, learningRate, epoch);
      return { entry, status: 'diverged', message: stoppedMessage };
    }
    return { entry, status: epoch >= training.epochs ? 'finished' : 'ok' };
  };

  return {
    get epoch() { return epoch; },
    history,
    parameters: model.size,
    initialLosses: () => ({ trainLoss: lossOver(train, start), testLoss: lossOver(test, start) }),
    step: () => {
      const last = history[history.length - 1] ?? entryOf(epoch, null, null);
      if (stoppedMessage !== null) return { entry: last, status: 'diverged', message: stoppedMessage };
      if (epoch >= training.epochs) return { entry: last, status: 'finished' };
      return runEpoch();
    },
  };
}
