/**
 * Training runs as a small state machine around the pure trainer (`src/training/trainer.ts`):
 * one run at a time, each with its own id; a loop that runs one epoch, reports, and yields
 * to the event loop (`tick`) so `pause`, `stop` and a newer `startTraining` are handled
 * between epochs; and reports throttled to one per `minReportIntervalMs` plus one at every
 * change of status and on every control call. A loop belongs to one run and one resume: it
 * ends as soon as its run is no longer current or has been paused, so a stale run can never
 * report into a new one. No Comlink here: the transport moves the reports.
 *
 * Every report carries a checkpoint (the trainer's snapshot and what the run adds to it);
 * `startTraining(text, callback, { resume })` builds a run from one, with the history up to
 * it, so a run continued after a reload goes on exactly as if it had never stopped.
 */
import { parseAnyExperimentText } from '../model/parse';
import type { AnyExperiment, FieldError } from '../model/types';
import { createTrainer, type EpochReport, type HistoryEntry, type Trainer } from '../training/trainer';
import { createWindowGradients, type WindowGradients } from '../training/windowGradients';
import type { TrainingHelpers } from './trainingHelpers';
import { continuedExperiment } from './carryOver';
import { buildReport } from './trainingReport';
import type { ComputeRealm, LabApi } from './protocol';
import type { TrainerSnapshot } from '../training/trainer';
import type {
  ProgressCallback, TrainingCheckpoint, TrainingControlReply, TrainingOptions, TrainingProgress, TrainingRefusal, TrainingReply, TrainingResume, TrainingRunStatus,
} from './trainingProtocol';

/** How reports reach the page: the worker transfers buffers through a Comlink proxy. */
export interface TrainingTransport {
  /** Sends `report` to `callback`, moving the `transfer` buffers where the transport can. */
  deliver(callback: ProgressCallback, report: TrainingProgress, transfer: ArrayBuffer[]): void;
  /** Lets go of a callback whose run has ended. */
  release(callback: ProgressCallback): void;
}

/** Calls the callback directly (unit tests, or a service used in the page's own thread). */
const IN_THREAD_TRANSPORT: TrainingTransport = {
  deliver(callback, report) {
    try {
      void Promise.resolve(callback(report)).catch(() => undefined);
    } catch {
      // A callback that throws is the caller's problem; the run goes on.
    }
  },
  release() {},
};

/** The default gap between two throttled reports: at most five reports a second. */
const MIN_REPORT_INTERVAL_MS = 200;

/** Options of {@link createTrainingRunner}; the clock and tick are injectable for tests. */
export interface TrainingRunnerOptions {
  computedIn: ComputeRealm;
  transport?: TrainingTransport;
  /** Milliseconds from a monotonic clock (default `performance.now`). */
  now?: () => number;
  /** Yields to the event loop between epochs (default a zero-delay timeout). */
  tick?: () => Promise<void>;
  minReportIntervalMs?: number;
  /**
   * Helper threads to share each mini-batch out over (`trainingHelpers.ts`); absent, every
   * epoch runs in this thread. How many a run uses is `setTrainingThreads`'s, less this one.
   */
  helpers?: TrainingHelpers;
}

/** The training half of `LabApi`. */
export type TrainingRunner = Pick<LabApi, 'startTraining' | 'pause' | 'resume' | 'stepOnce' | 'stop' | 'reset' | 'updateSettings' | 'setTrainingThreads'>;

interface Run {
  id: number;
  status: TrainingRunStatus;
  callback: ProgressCallback;
  trainer: Trainer;
  /** The experiment the trainer was built from (its epochs and carried-over parameters included). */
  experiment: AnyExperiment;
  /** The helpers loaded for this trainer, and this thread's own share of each batch. */
  sharing: { trainer: Trainer; threads: number; key: number; local: WindowGradients } | null;
  /** The epoch being computed, while it waits for helper threads. */
  inFlight: Promise<void> | null;
  /** Threads the latest epoch ran on. */
  threads: number;
  /** Parameters of the file the trainer was last built from (see `carryOver.ts`). */
  baseParams: Record<string, number>;
  /** Parameters after the last completed epoch (a diverged epoch leaves them as they were). */
  settledParams: Record<string, number>;
  epochsOverride: number | undefined;
  epochs: number;
  /** Epochs the current trainer plans (what remained of `epochs` when it was built). */
  trainerEpochs: number;
  sequence: number;
  washout: number;
  history: HistoryEntry[];
  reported: number;
  latest: EpochReport | null;
  /**
   * The outputs the reports show: the latest epoch's, or, for a trainer that has run no epoch
   * yet on a run that has (resumed, or given new settings), its own at the run's parameters.
   */
  shown: EpochReport['outputs'] | null;
  /** Cost of the trainers before the current one, and of the current one. */
  costBefore: { circuitExecutions: number; shots: number };
  trainerCost: { circuitExecutions: number; shots: number };
  elapsedMs: number;
  message: string | null;
  sentAny: boolean;
  lastSentAt: number;
  lastSentStatus: TrainingRunStatus | null;
  /** Bumped by every pause and resume: a loop with an older token ends. */
  loopToken: number;
}

const refusal = (message: string, errors: FieldError[] = []): TrainingRefusal => ({ ok: false, message, errors });
const ZERO_COST = { circuitExecutions: 0, shots: 0 };

/**
 * The default yield between epochs: a message the worker posts to itself, handled after
 * anything already queued (a pause, a stop, a newer run). Not `setTimeout(0)`: browsers clamp
 * a chain of zero timeouts to 4 ms once it is five deep, and every epoch of a run on one
 * thread is the next link of that chain: the default preset (about 15 ms an epoch) lost a
 * quarter of its epochs to the clamp.
 */
let yieldPort: ((resume: () => void) => void) | null = null;
function defaultTick(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (!yieldPort) {
    const { port1, port2 } = new MessageChannel();
    const waiting: (() => void)[] = [];
    port1.onmessage = () => waiting.shift()?.();
    // In Node (the tests) an open port would keep the process alive.
    (port1 as unknown as { unref?(): void }).unref?.();
    yieldPort = (resume) => {
      waiting.push(resume);
      port2.postMessage(null);
    };
  }
  const post = yieldPort;
  return new Promise<void>((resolve) => post(resolve));
}

function describe(errors: FieldError[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return first ? `${first.path ? `${first.path}: ` : ''}${first.message}${more}` : 'it is not an experiment file';
}

type Built = { ok: true; experiment: AnyExperiment; shaped: AnyExperiment; trainer: Trainer } | TrainingRefusal;

/** Parses `text` and builds a trainer for `shape(experiment)` (from `resume` if given); refusals name the field. */
function buildTrainer(text: string, what: string, shape: (e: AnyExperiment) => AnyExperiment, resume?: TrainerSnapshot): Built {
  const parsed = parseAnyExperimentText(text);
  if (!parsed.ok) return refusal(`${what}: ${describe(parsed.errors)}.`, parsed.errors);
  try {
    const shaped = shape(parsed.experiment);
    const created = createTrainer(shaped, resume);
    if (!created.ok) return refusal(`${what}: ${describe(created.errors)}.`, created.errors);
    return { ok: true, experiment: parsed.experiment, shaped, trainer: created.trainer };
  } catch (error) {
    return refusal(`${what}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Why `resume` cannot continue a run of `experiment`, or `null` when it can. */
function checkResume(resume: TrainingResume, experiment: AnyExperiment): string | null {
  const { checkpoint: c, history: h } = resume;
  const lengths = [h.trainLoss.length, h.testLoss.length, h.circuitExecutions.length, h.shots.length];
  if (lengths.some((n) => n !== c.epoch)) return 'its history does not match its epoch';
  if (c.trainer.epoch > c.trainerEpochs || c.epoch > c.epochs || c.trainer.epoch > c.epoch) return 'its epochs do not add up';
  const names = Object.keys(experiment.params).sort().join();
  if (Object.keys(c.trainer.params).sort().join() !== names) return 'it trained other parameters';
  if (c.trainer.optimizer.kind !== experiment.training.optimizer.kind) return 'it used another optimizer';
  return null;
}

/** The history entries of a resumed run, numbered from 1. */
function resumedHistory(h: TrainingResume['history']): HistoryEntry[] {
  return h.trainLoss.map((trainLoss, i) => ({ epoch: i + 1, trainLoss, testLoss: h.testLoss[i], circuitExecutions: h.circuitExecutions[i], shots: h.shots[i] }));
}

function checkThreads(count: number | undefined): string | null {
  if (count === undefined || (Number.isInteger(count) && count >= 1)) return null;
  return `The number of threads must be a whole number of at least 1, not ${count}.`;
}

function checkEpochs(epochs: number | undefined): string | null {
  if (epochs === undefined || (Number.isInteger(epochs) && epochs >= 0)) return null;
  return `The number of epochs must be a whole number of at least 0, not ${epochs}.`;
}

/** Creates the runner; one per service. */
export function createTrainingRunner(options: TrainingRunnerOptions): TrainingRunner {
  const transport = options.transport ?? IN_THREAD_TRANSPORT;
  const now = options.now ?? (() => performance.now());
  const tick = options.tick ?? defaultTick;
  const interval = options.minReportIntervalMs ?? MIN_REPORT_INTERVAL_MS;
  let current: Run | null = null;
  let lastId = 0;
  const helpers = options.helpers ?? null;
  /** Threads a run may use, this one included: every one this worker can have, unless told fewer. */
  let threads = 1 + (helpers?.capacity ?? 0);
  const usable = (count: number) => Math.min(count, 1 + (helpers?.capacity ?? 0));

  const cost = (run: Run) => ({
    circuitExecutions: run.costBefore.circuitExecutions + run.trainerCost.circuitExecutions,
    shots: run.costBefore.shots + run.trainerCost.shots,
  });

  /** Where `run` is, as plain data. */
  function checkpointOf(run: Run): TrainingCheckpoint {
    return {
      epoch: run.history.length, epochs: run.epochs, trainerEpochs: run.trainerEpochs, baseParams: { ...run.baseParams },
      costBefore: { ...run.costBefore }, elapsedMs: run.elapsedMs, trainer: run.trainer.snapshot(),
    };
  }

  /** Sends a report if one is due; `force` for control calls. */
  function send(run: Run, force: boolean): void {
    const at = now();
    const due = force || !run.sentAny || run.status !== run.lastSentStatus || at - run.lastSentAt >= interval;
    if (!due) return;
    const { report, transfer } = buildReport({ ...run, runId: run.id, params: run.trainer.params(), cost: cost(run), checkpoint: checkpointOf(run) });
    Object.assign(run, { reported: run.history.length, sentAny: true, lastSentAt: at, lastSentStatus: run.status });
    transport.deliver(run.callback, report, transfer);
  }

  /**
   * How `run`'s next epoch shares its batches out: `null` to compute them here (one thread,
   * no helpers, or a trainer whose gradients draw random numbers). Helpers are loaded again
   * when the trainer or the number of threads has changed.
   */
  function sharingFor(run: Run): Run['sharing'] {
    if (!helpers || threads <= 1 || !run.trainer.shareable) return null;
    if (run.sharing && run.sharing.trainer === run.trainer && run.sharing.threads === threads) return run.sharing;
    const created = createWindowGradients(run.experiment);
    if (!created.ok) return null;
    run.sharing = { trainer: run.trainer, threads, key: helpers.load(run.experiment, threads - 1), local: created.gradients };
    return run.sharing;
  }

  /** One epoch of `run`, on its helpers when it has them; resolves once its report is applied. */
  function advance(run: Run): Promise<void> {
    const trainer = run.trainer;
    const before = trainer.epoch;
    const started = now();
    const sharing = sharingFor(run);
    run.threads = sharing?.threads ?? 1;
    if (!sharing || !helpers) {
      let report: EpochReport;
      try {
        report = trainer.step();
      } catch (error) {
        failed(run, error);
        return Promise.resolve();
      } finally {
        run.elapsedMs += now() - started;
      }
      apply(run, trainer, before, report);
      return Promise.resolve();
    }
    const done = trainer.stepWith((request) => helpers.share(sharing.key, request, sharing.local)).then(
      (report) => {
        run.elapsedMs += now() - started;
        apply(run, trainer, before, report);
      },
      (error: unknown) => {
        run.elapsedMs += now() - started;
        if (run.trainer === trainer) failed(run, error);
      },
    ).finally(() => { run.inFlight = null; });
    run.inFlight = done;
    return done;
  }

  function failed(run: Run, error: unknown): void {
    run.status = 'failed';
    run.message = `Training stopped: ${error instanceof Error ? error.message : String(error)}.`;
  }

  /**
   * Moves `run` on by `report`, an epoch of `trainer` that began at its epoch `before` (unless
   * new settings replaced the trainer meanwhile), and to `finished`, `diverged` or `stalled`
   * when the report says so.
   */
  function apply(run: Run, trainer: Trainer, before: number, report: EpochReport): void {
    if (run.trainer !== trainer) return;
    run.latest = report;
    run.shown = report.outputs;
    run.trainerCost = report.cost;
    if (trainer.epoch > before) {
      const { trainLoss, testLoss, circuitExecutions, shots } = report;
      run.history.push({ epoch: run.history.length + 1, trainLoss, testLoss, circuitExecutions, shots });
      run.settledParams = report.params;
    }
    if (report.status === 'diverged' || report.status === 'stalled') {
      run.status = report.status;
      run.message = report.message ?? (report.status === 'diverged' ? 'The loss became NaN or infinite.' : 'The line search found no step that lowers the loss.');
    } else if (report.status === 'finished') run.status = 'finished';
  }

  async function loop(run: Run): Promise<void> {
    const token = ++run.loopToken;
    for (;;) {
      await tick();
      // An epoch still waiting for helpers (paused and resumed meanwhile) ends first.
      if (run.inFlight) await run.inFlight;
      if (current !== run || run.loopToken !== token || run.status !== 'running') return;
      await advance(run);
      if (current !== run) return;
      // Paused while the epoch ran: its report still goes out, at once.
      send(run, run.loopToken !== token);
      if (run.loopToken !== token || run.status !== 'running') return;
    }
  }

  function end(run: Run | null): void {
    if (!run) return;
    run.loopToken++;
    if (current === run) current = null;
    transport.release(run.callback);
  }

  const controlled = (run: Run | null): TrainingControlReply => ({
    ok: true,
    runId: run?.id ?? null,
    status: run?.status ?? 'none',
    epoch: run?.history.length ?? 0,
  });

  /** The current run if its status is one of `allowed`, else a refusal saying why. */
  function currentIf(what: string, ...allowed: TrainingRunStatus[]): Run | TrainingRefusal {
    if (!current) return refusal(`There is no training run to ${what}.`);
    if (!allowed.includes(current.status)) return refusal(`The training run is ${current.status}; it cannot ${what}.`);
    return current;
  }

  return {
    async startTraining(text, callback, opts: TrainingOptions = {}): Promise<TrainingReply> {
      const bad = checkEpochs(opts.epochs) ?? checkThreads(opts.threads);
      if (bad) return refusal(bad);
      if (opts.threads !== undefined) threads = usable(opts.threads);
      const resume = opts.resume;
      const built = buildTrainer(text, 'The experiment cannot be trained', (e) => ({
        ...e,
        training: { ...e.training, epochs: resume?.checkpoint.trainerEpochs ?? opts.epochs ?? e.training.epochs },
      }), resume?.checkpoint.trainer);
      if (!built.ok) return built;
      const unfit = resume ? checkResume(resume, built.experiment) : null;
      if (unfit) return refusal(`The saved run cannot be continued: ${unfit}.`);
      end(current);
      const sequence = Math.max(0, Math.floor(opts.sequence ?? 0));
      built.trainer.showSequence(sequence);
      const c = resume?.checkpoint;
      const epochs = c?.epochs ?? opts.epochs ?? built.experiment.training.epochs;
      const history = resume ? resumedHistory(resume.history) : [];
      const status: TrainingRunStatus = c?.trainer.diverged ? 'diverged' : c?.trainer.stalled ? 'stalled' : c && c.epoch >= epochs ? 'finished' : opts.paused ? 'paused' : 'running';
      const run: Run = {
        id: ++lastId, status, callback, trainer: built.trainer, experiment: built.shaped, sharing: null, inFlight: null, threads: 1,
        baseParams: { ...(c?.baseParams ?? built.experiment.params) }, settledParams: built.trainer.params(), epochsOverride: opts.epochs,
        epochs, trainerEpochs: c?.trainerEpochs ?? epochs, sequence, washout: built.experiment.loss.washout,
        history, reported: history.length, latest: null, shown: history.length > 0 ? built.trainer.outputs() : null, costBefore: { ...(c?.costBefore ?? ZERO_COST) },
        trainerCost: { ...(c?.trainer.totals ?? ZERO_COST) }, elapsedMs: c?.elapsedMs ?? 0,
        message: null, sentAny: false, lastSentAt: 0, lastSentStatus: null, loopToken: 0,
      };
      current = run;
      // A resumed run reports at once: the page learns its parameters and epoch before any step.
      if (resume) send(run, true);
      if (run.status === 'running') void loop(run);
      return { ok: true, runId: run.id, status: status === 'running' ? 'running' : 'paused', epochs: run.epochs, sequences: built.trainer.dataset.train.length, computedIn: options.computedIn };
    },

    async pause() {
      const run = currentIf('pause', 'running');
      if (!('id' in run)) return run;
      run.status = 'paused';
      run.loopToken++;
      send(run, true);
      return controlled(run);
    },

    async resume() {
      const run = currentIf('resume', 'paused');
      if (!('id' in run)) return run;
      run.status = 'running';
      send(run, true);
      void loop(run);
      return controlled(run);
    },

    async stepOnce() {
      await current?.inFlight;
      const run = currentIf('step', 'paused');
      if (!('id' in run)) return run;
      await advance(run);
      send(run, true);
      return controlled(run);
    },

    async stop() {
      const run = current;
      if (!run) return controlled(null);
      run.status = 'stopped';
      send(run, true);
      end(run);
      return controlled(null);
    },

    async reset() {
      end(current);
      return controlled(null);
    },

    async setTrainingThreads(count) {
      const bad = checkThreads(count);
      if (bad) return refusal(bad);
      threads = usable(count);
      return { ok: true, threads };
    },

    async updateSettings(text) {
      await current?.inFlight;
      const run = currentIf('take new settings', 'paused', 'diverged', 'stalled', 'finished');
      if (!('id' in run)) return run;
      const done = run.history.length;
      let planned = run.epochs;
      let trainerEpochs = 0;
      const built = buildTrainer(text, 'The new settings were not applied', (e) => {
        planned = run.epochsOverride ?? e.training.epochs;
        const continued = continuedExperiment(e, run.baseParams, run.settledParams, done, planned);
        trainerEpochs = continued.training.epochs;
        return continued;
      });
      if (!built.ok) return built;
      built.trainer.showSequence(run.sequence);
      Object.assign(run, {
        trainer: built.trainer, experiment: built.shaped, sharing: null, baseParams: { ...built.experiment.params }, settledParams: built.trainer.params(), epochs: planned, trainerEpochs,
        washout: built.experiment.loss.washout, costBefore: cost(run), trainerCost: ZERO_COST, shown: done > 0 ? built.trainer.outputs() : null,
        status: done < planned ? 'paused' : 'finished',
        // Fewer epochs than the run has done end it where it is; say so, or "155 / 10" reads as a fault.
        message: done > planned ? `The run has already done ${done} epochs, more than the ${planned} now set, so it has finished. Reset to train ${planned} from the start.` : null,
      });
      send(run, true);
      return controlled(run);
    },
  };
}
