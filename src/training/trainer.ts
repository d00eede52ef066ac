/**
 * The trainer as pure steps: `createTrainer(experiment)` builds the dataset and returns an
 * object whose `step()` runs one epoch and returns a report. No timers, no DOM: the worker
 * and the command line drive the same steps, so the same file and seed give bit-identical
 * histories in Node and in the browser.
 *
 * An epoch shuffles the training windows with the seeded generator, cuts them into batches
 * of `batchSize`, and for each batch averages the gradient of every sequence (docs/spec.md §2: the
 * batch loss is the mean over its sequences) and lets the optimizer update the parameters
 * that are not frozen. `trainLoss` is the mean of the batch losses measured on the way (as
 * the estimator saw them, so with shots it is an estimate); `testLoss` is the exact mean
 * loss over the test windows after the epoch (an evaluation of the lab's, not billed as
 * hardware cost). A non-finite loss or gradient stops the epoch before any update and
 * reports `diverged`.
 *
 * `lbfgs` (docs/spec.md §5.4) takes every training window in one batch, in order, and one
 * iteration per epoch (lbfgsEpoch.ts); an epoch whose line search finds no step is counted,
 * leaves the parameters as they were, and stops the run as `stalled` with a message.
 *
 * A QLSTM experiment (docs/spec.md §7) trains through the same steps: `engines.ts` picks its
 * engine for every simulation, gradient and L-BFGS trial; `ridge` is refused for it by the
 * parser.
 *
 * `snapshot()` is everything the next epochs depend on (epoch, parameters, optimizer state,
 * both generators' positions, the cost so far); `createTrainer(experiment, snapshot)` goes on
 * from it, so a run stopped and resumed gives the same history, bit for bit, as one never
 * stopped (the worker uses it to continue a run after the page is reloaded).
 */
import { createRng, restoreRng, type Rng, type RngState } from '../core/rng';
import { buildDataset, checkModelOnDataset, type Dataset } from '../data';
import { parameterRoles } from '../simulation/unroll';
import { headsOf } from '../model/outputs';
import { simulate } from '../simulation/simulate';
import { LIMITS, isQlstmExperiment, isQlstmModel, type AnyExperiment, type Experiment, type FieldError, type OptimizerSpec, type Sequence } from '../model/types';
import type { GradientResult, OccurrenceContribution } from '../gradients/types';
import { gradientOf as gradientByKind, simulateModel } from './engines';
import { slotOccurrences } from '../qlstm/contributions';
import type { QlstmGradientResult } from '../qlstm/types';
import { meanLoss } from './loss';
import { copyLbfgsState } from './lbfgs';
import { lbfgsEpoch, stallMessage } from './lbfgsEpoch';
import { initialOptimizerState, optimizerSettings, optimizerStep, type OptimizerState } from './optimizers';
import { solveRidge } from './ridge';
import { averageContributions, averageGradients } from './batch';
import { shareableGradients } from '../model/shareable';
import { numberOption, trainableOf, windowGradient } from './windowGradients';

export interface HistoryEntry {
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  /** Circuit executions and shots this epoch's estimates would cost on hardware. */
  circuitExecutions: number;
  shots: number;
}

export interface EpochReport extends HistoryEntry {
  /** `stalled`: L-BFGS's line search found no step that lowers the loss (docs/spec.md §5.4). */
  status: 'ok' | 'diverged' | 'stalled' | 'finished';
  /** Why training stopped, in words a user can act on. */
  message?: string;
  /** Parameters after the epoch. */
  params: Record<string, number>;
  /** The latest batch's gradient and its per-occurrence contributions (averaged over the batch). */
  gradient: Record<string, number>;
  occurrences: OccurrenceContribution[];
  /** Outputs of the chosen training sequence after the epoch (`[step][output]`), with its targets. */
  outputs: { index: number; outputs: number[][]; targets: (number[] | null)[]; inputs: number[][] };
  /** Totals since the start. */
  cost: { circuitExecutions: number; shots: number };
}

/** Where a trainer is: enough to go on from there exactly (see {@link createTrainer}). */
export interface TrainerSnapshot {
  /** Epochs completed. */
  epoch: number;
  params: Record<string, number>;
  optimizer: OptimizerState;
  /** The generator of shuffles, and the estimators' (shots, SPSA directions). */
  rng: RngState;
  estimatorRng: RngState;
  totals: { circuitExecutions: number; shots: number };
  /** Whether the trainer stopped on a diverged epoch. */
  diverged: boolean;
  /** Whether it stopped because L-BFGS's line search found no step (absent: no). */
  stalled?: boolean;
  /** The first epoch's train loss, the scale divergence is measured against (`null` before it, or unscored). */
  startLoss?: number | null;
}

export interface Trainer {
  readonly dataset: Dataset;
  /** Epochs completed. */
  readonly epoch: number;
  readonly history: readonly HistoryEntry[];
  params(): Record<string, number>;
  /** Mean train and test loss at the file's parameters, before any update (exact). */
  initialLosses(): { trainLoss: number | null; testLoss: number | null };
  /** Runs one epoch (does nothing but report once `epochs` are done or after divergence). */
  step(): EpochReport;
  /** Chooses which training sequence the reports' outputs show. */
  showSequence(index: number): void;
  /**
   * The chosen training sequence's outputs at the current parameters, as an epoch's report
   * carries them (a run resumed from a snapshot has no report yet to show).
   */
  outputs(): EpochReport['outputs'];
  /** Where the trainer is, as plain data (a copy). */
  snapshot(): TrainerSnapshot;
  /**
   * Runs one epoch as {@link step} does, but asks `gradients` for each mini-batch's gradient
   * results (one per window, in the request's order) instead of computing them here; only
   * when {@link shareable}, so that any thread computes the same numbers (else it computes
   * them here, as `step`). One epoch at a time: a second call while one runs throws.
   */
  stepWith(gradients: (request: BatchRequest) => Promise<readonly GradientResult[]>): Promise<EpochReport>;
  /** Whether a batch's windows may be computed on other threads: see {@link shareableGradients}. */
  readonly shareable: boolean;
}

/** One mini-batch's gradients, asked for by an epoch: the windows (indices into the training set) at `params`. */
export interface BatchRequest {
  params: Readonly<Record<string, number>>;
  windows: readonly number[];
}


export type TrainerResult = { ok: true; trainer: Trainer } | { ok: false; errors: FieldError[] };

/**
 * A trainer for `experiment`, at epoch 0, or going on from `resume` (a snapshot of a trainer
 * of the same experiment: the parameters, optimizer state and generators are the snapshot's).
 */
export function createTrainer(experiment: AnyExperiment, resume?: TrainerSnapshot): TrainerResult {
  const built = buildDataset(experiment.data);
  if (!built.ok) return { ok: false, errors: built.errors };
  const dataset = built.dataset;
  const unfit = checkModelOnDataset(experiment, dataset);
  if (unfit.length > 0) return { ok: false, errors: unfit };
  if (dataset.train.length === 0) return { ok: false, errors: [{ path: 'data', message: 'the dataset has no training sequence: make it longer or lower the window' }] };
  const { model, loss, training } = experiment;
  const trainable = trainableOf(experiment);
  // L-BFGS takes the whole training set as one batch (docs/spec.md §5.4).
  const batches = training.optimizer.kind === 'lbfgs' ? 1 : Math.ceil(dataset.train.length / training.batchSize);
  const settings = optimizerSettings(training.optimizer, training.epochs * batches);
  const seeded = createRng(training.seed);
  const rng = resume ? restoreRng(resume.rng) : seeded;
  const estimatorRng = resume ? restoreRng(resume.estimatorRng) : seeded.fork();
  let params: Record<string, number> = { ...(resume?.params ?? experiment.params) };
  let optimizer: OptimizerState = resume ? copyOptimizer(resume.optimizer) : initialOptimizerState(training.optimizer.kind);
  let epoch = resume?.epoch ?? 0;
  let stopped: 'diverged' | 'stalled' | null = resume?.diverged ? 'diverged' : resume?.stalled ? 'stalled' : null;
  let startLoss: number | null = resume?.startLoss ?? null;
  let stoppedMessage: string | null = null;
  let shown = 0;
  const history: HistoryEntry[] = [];
  const totals = { circuitExecutions: resume?.totals.circuitExecutions ?? 0, shots: resume?.totals.shots ?? 0 };
  let latest: { gradient: Record<string, number>; occurrences: OccurrenceContribution[] } = { gradient: {}, occurrences: [] };

  const evaluate = (sequences: readonly Sequence[], at: Readonly<Record<string, number>> = params) => meanLoss(sequences.map((s) => simulateModel(model, at, s, loss, { bloch: false }).loss));
  const outputsOf = () => {
    const index = Math.min(shown, dataset.train.length - 1);
    const seq = dataset.train[index];
    return { index, outputs: simulateModel(model, params, seq, loss, { bloch: false }).outputs, targets: seq.targets, inputs: seq.inputs };
  };
  const report = (entry: HistoryEntry, status: EpochReport['status'], message?: string): EpochReport => ({
    ...entry, status, message, params: { ...params }, gradient: latest.gradient, occurrences: latest.occurrences, outputs: outputsOf(), cost: { ...totals },
  });

  /** One sequence's gradient; a QLSTM's occurrences in the QRNN's shape (`slotOccurrences`). */
  const gradientOf = (seq: Sequence): GradientResult => {
    const problem = { model, params, sequence: seq, loss, trainable };
    if (training.optimizer.kind === 'spsa') {
      const result = gradientByKind('spsa', problem, { shots: training.gradient.shots, sampling: training.gradient.sampling, rng: estimatorRng, spsa: { ...spsaOptions(training.optimizer), k: optimizer.iteration } });
      return isQlstmModel(model) ? { ...result, occurrences: slotOccurrences(model, (result as QlstmGradientResult).occurrences) } : (result as GradientResult);
    }
    return windowGradient(experiment, trainable, params, seq, estimatorRng);
  };

  /**
   * One epoch as a coroutine: it yields each mini-batch's request (the parameters and the
   * training windows, in batch order) and takes back their gradient results in that order, so
   * the same epoch runs with every gradient computed here ({@link Trainer.step}) or shared out
   * over other threads ({@link Trainer.stepWith}) and averages the same numbers in the same
   * order either way.
   */
  function* runEpoch(): Generator<BatchRequest, EpochReport, readonly GradientResult[]> {
    const spent = { circuitExecutions: 0, shots: 0 };
    const batchLosses: (number | null)[] = [];
    if (training.optimizer.kind === 'ridge') {
      if (isQlstmExperiment(experiment)) throw new Error("ridge fits a QRNN's readouts: the parser refuses it for a QLSTM");
      const fitted = ridgeEpoch(experiment, params, trainable, dataset.train, spent);
      if (fitted) params = { ...params, ...fitted };
      batchLosses.push(evaluate(dataset.train));
    } else if (training.optimizer.kind === 'lbfgs') {
      const outcome = lbfgsEpoch({ experiment, trainable, train: dataset.train, params, optimizer, settings, gradientOf, rng: estimatorRng, spent });
      if (outcome.kind === 'non-finite') {
        stopped = 'diverged';
        return divergedReport(spent, outcome.trainLoss);
      }
      ({ params, optimizer } = outcome);
      latest = { gradient: outcome.gradient, occurrences: outcome.occurrences };
      batchLosses.push(outcome.trainLoss);
      if (outcome.kind === 'stalled') stopped = 'stalled';
    } else {
      for (const batch of epochBatches(dataset.train.length, training.batchSize, rng)) {
        const results = yield { params, windows: batch };
        for (const r of results) { spent.circuitExecutions += r.cost.circuitExecutions; spent.shots += r.cost.shots; }
        const batchLoss = meanLoss(results.map((r) => r.loss));
        const gradient = averageGradients(results);
        if ((batchLoss !== null && !Number.isFinite(batchLoss)) || Object.values(gradient).some((g) => !Number.isFinite(g))) {
          stopped = 'diverged';
          return divergedReport(spent, batchLoss);
        }
        batchLosses.push(batchLoss);
        latest = { gradient, occurrences: averageContributions(results) };
        ({ params, state: optimizer } = optimizerStep(optimizer, settings, params, gradient));
      }
    }
    epoch++;
    const entry: HistoryEntry = { epoch, trainLoss: meanLoss(batchLosses), testLoss: evaluate(dataset.test), ...spent };
    totals.circuitExecutions += spent.circuitExecutions;
    totals.shots += spent.shots;
    history.push(entry);
    if (startLoss === null && epoch === 1) startLoss = entry.trainLoss;
    if (stopped === 'stalled') {
      stoppedMessage = stallMessage(experiment, epoch);
      return report(entry, 'stalled', stoppedMessage);
    }
    const why = divergence(entry.trainLoss, startLoss, params);
    if (why !== null) {
      stopped = 'diverged';
      stoppedMessage = divergenceMessage(why, training.optimizer, epoch);
      return report(entry, 'diverged', stoppedMessage);
    }
    return report(entry, epoch >= training.epochs ? 'finished' : 'ok');
  }

  /** What {@link Trainer.step} and {@link Trainer.stepWith} do before an epoch, or the report that ends it there. */
  const settled = (): EpochReport | null => {
    if (stopped) {
      const last = history[history.length - 1] ?? { epoch, trainLoss: null, testLoss: null, circuitExecutions: 0, shots: 0 };
      const said = stoppedMessage ?? (stopped === 'stalled' ? stallMessage(experiment, epoch) : divergenceMessage('it stopped before', training.optimizer, epoch));
      return report(last, stopped, said);
    }
    if (epoch >= training.epochs) return report(history[history.length - 1] ?? { epoch, trainLoss: null, testLoss: evaluate(dataset.test), circuitExecutions: 0, shots: 0 }, 'finished');
    return null;
  };
  /** A batch's gradients computed here, at the current parameters (which the request carries). */
  const local = (request: BatchRequest) => request.windows.map((i) => gradientOf(dataset.train[i]));
  let stepping = false;
  const exclusive = () => {
    if (stepping) throw new Error('an epoch is already running on this trainer');
    stepping = true;
  };

  const divergedReport = (spent: { circuitExecutions: number; shots: number }, batchLoss: number | null): EpochReport => {
    totals.circuitExecutions += spent.circuitExecutions;
    totals.shots += spent.shots;
    stoppedMessage = divergenceMessage('the loss became NaN or infinite', training.optimizer, epoch + 1);
    return report({ epoch, trainLoss: batchLoss, testLoss: null, ...spent }, 'diverged', stoppedMessage);
  };

  const trainer: Trainer = {
    dataset,
    get epoch() { return epoch; },
    history,
    params: () => ({ ...params }),
    initialLosses: () => ({ trainLoss: evaluate(dataset.train, experiment.params), testLoss: evaluate(dataset.test, experiment.params) }),
    step: () => {
      const done = settled();
      if (done) return done;
      exclusive();
      try {
        const run = runEpoch();
        let next = run.next();
        while (!next.done) next = run.next(local(next.value));
        return next.value;
      } finally {
        stepping = false;
      }
    },
    async stepWith(gradients) {
      const done = settled();
      if (done) return done;
      exclusive();
      try {
        const fulfil = trainer.shareable ? gradients : async (request: BatchRequest) => local(request);
        const run = runEpoch();
        let next = run.next();
        while (!next.done) next = run.next(await fulfil(next.value));
        return next.value;
      } finally {
        stepping = false;
      }
    },
    shareable: shareableGradients(experiment),
    showSequence: (index) => { shown = Math.max(0, Math.floor(index)); },
    outputs: () => outputsOf(),
    snapshot: () => ({
      epoch, params: { ...params }, optimizer: copyOptimizer(optimizer), rng: rng.state(), estimatorRng: estimatorRng.state(),
      totals: { ...totals }, diverged: stopped === 'diverged', ...(stopped === 'stalled' ? { stalled: true } : {}), startLoss,
    }),
  };
  return { ok: true, trainer };
}

function copyOptimizer(state: OptimizerState): OptimizerState {
  const copy: OptimizerState = { kind: state.kind, iteration: state.iteration, m: { ...state.m }, v: { ...state.v } };
  if (state.lbfgs) copy.lbfgs = copyLbfgsState(state.lbfgs);
  return copy;
}

/**
 * A run has diverged once its train loss has grown to {@link DIVERGENCE_GROWTH} times the
 * first epoch's (and past 1, so a loss that starts near zero may wander), or is no longer a
 * number, or a parameter has left the range a file may hold (`LIMITS.magnitude`, so a trained
 * result can always be opened again).
 */
export const DIVERGENCE_GROWTH = 100;

function divergence(trainLoss: number | null, startLoss: number | null, params: Readonly<Record<string, number>>): string | null {
  if (trainLoss !== null && !Number.isFinite(trainLoss)) return 'the loss became NaN or infinite';
  const wild = Object.keys(params).find((p) => !Number.isFinite(params[p]) || Math.abs(params[p]) > LIMITS.magnitude);
  if (wild !== undefined) return `the parameter “${wild}” left the range ±${LIMITS.magnitude.toExponential(0).replace('+', '')}`;
  if (trainLoss !== null && startLoss !== null && startLoss > 0 && trainLoss > DIVERGENCE_GROWTH * startLoss && trainLoss > 1) {
    return `the loss grew from ${startLoss.toPrecision(3)} to ${trainLoss.toPrecision(3)}, over ${DIVERGENCE_GROWTH} times its first value`;
  }
  return null;
}

function divergenceMessage(why: string, optimizer: OptimizerSpec, epoch: number): string {
  const start = `Training diverged in epoch ${epoch}: ${why}.`;
  // L-BFGS has no learning rate to blame: its line search only accepts steps that lower the measured loss.
  if (optimizer.kind === 'lbfgs') return `${start} L-BFGS chose its steps by line search, so a noisy or inexact gradient is the likely cause: use exact gradients (adjoint, or parameter-shift without shots) and reset.`;
  const rate = optimizer.learningRate;
  return `${start} The learning rate (${rate}) is probably too high: lower it (for example to ${+(rate / 10).toPrecision(2)}) and reset.`;
}

/**
 * One epoch's batches: the indices `0..n-1` in a seeded order, cut into batches of `size`
 * (the last one shorter when `size` does not divide `n`), every index exactly once.
 */
export function epochBatches(n: number, size: number, rng: Rng): number[][] {
  const order = shuffled(n, rng);
  const out: number[][] = [];
  for (let b = 0; b < n; b += size) out.push(order.slice(b, b + size));
  return out;
}

/** A seeded Fisher-Yates permutation of `0..n-1`: for `i` from `n-1` down to 1, swap `i` with `rng.int(i + 1)`. */
export function shuffled(n: number, rng: Rng): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function spsaOptions(spec: Record<string, unknown>) {
  return { c: numberOption(spec, 'c'), gamma: numberOption(spec, 'gamma') };
}

/** One ridge solve over every scored step of the training sequences; bills one execution per sequence. */
function ridgeEpoch(experiment: Experiment, params: Record<string, number>, trainable: readonly string[], train: readonly Sequence[], spent: { circuitExecutions: number; shots: number }) {
  const { model, loss } = experiment;
  const circuit = parameterRoles(model).circuit;
  const frozenCircuit = circuit.every((p) => !trainable.includes(p));
  if (!frozenCircuit) throw new Error('ridge needs every circuit parameter frozen');
  const features: number[][] = [], targets: number[][] = [];
  const shots = experiment.training.gradient.shots;
  for (const seq of train) {
    const r = simulate(model, params, seq, loss, { bloch: false });
    spent.circuitExecutions += 1;
    spent.shots += shots ?? 0;
    seq.targets.forEach((y, t) => { if (y !== null && t >= loss.washout) { features.push(r.expectations[t]); targets.push(y); } });
  }
  return solveRidge({ heads: headsOf(model), params, features, targets, trainable, lambda: numberOption(experiment.training.optimizer, 'lambda') });
}

