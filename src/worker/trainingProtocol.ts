/**
 * The training half of the worker protocol: the options of a run, the replies of its control
 * calls, and the progress report the worker sends to the page. Reports are plain data plus
 * typed arrays, so the worker can move (transfer) the arrays instead of copying them. Types
 * only: no Comlink, no DOM, no numerics. `protocol.ts` re-exports everything here.
 */
import type { FieldError, OptimizerSpec } from '../model/types';

/** What a training run is doing, as the worker reports it. */
export type TrainingRunStatus =
  /** Epochs are being run, one after another, yielding between them. */
  | 'running'
  /** Waiting for `resume()` or `stepOnce()`. */
  | 'paused'
  /** Every planned epoch is done; `reset()` or a new run continues. */
  | 'finished'
  /** The loss or a gradient became NaN or infinite; the run is paused with a message. */
  | 'diverged'
  /** L-BFGS's line search found no step that lowers the loss (docs/spec.md §5.4); paused with a message. */
  | 'stalled'
  /** The trainer threw; the message says why. The run cannot continue. */
  | 'failed'
  /** `stop()` ended the run; this is its last report. */
  | 'stopped';

/** Options of `startTraining`. */
export interface TrainingOptions {
  /** Epochs to run instead of the file's `training.epochs`. */
  epochs?: number;
  /** Which training sequence (window) the reports' outputs show; default 0, the first. */
  sequence?: number;
  /** Start paused at epoch 0 instead of running (for stepping from the start). */
  paused?: boolean;
  /** Threads to train on, as `LabApi.setTrainingThreads` sets them (default: as set before). */
  threads?: number;
  /**
   * Go on from a report's checkpoint instead of epoch 0 (after a reload): the same text
   * must be given. The run continues bit for bit as if it had never stopped.
   */
  resume?: TrainingResume;
}

/** A generator's position (`src/core/rng.ts` `RngState`). */
export interface RngPosition {
  words: [number, number, number, number];
  spare: number | null;
}

/** The trainer's state (`src/training/trainer.ts` `TrainerSnapshot`), as plain data. */
export interface TrainerCheckpoint {
  epoch: number;
  params: Record<string, number>;
  optimizer: { kind: OptimizerSpec['kind']; iteration: number; m: Record<string, number>; v: Record<string, number>; lbfgs?: LbfgsCheckpoint };
  rng: RngPosition;
  estimatorRng: RngPosition;
  totals: { circuitExecutions: number; shots: number };
  diverged: boolean;
  /** Whether L-BFGS's line search stopped it (absent: no). */
  stalled?: boolean;
  /** The first epoch's train loss, which divergence is measured against. */
  startLoss?: number | null;
}

/** L-BFGS's state (`src/training/lbfgs.ts` `LbfgsState`): curvature pairs newest last, the last step, the measured loss. */
export interface LbfgsCheckpoint {
  pairs: { s: Record<string, number>; y: Record<string, number> }[];
  last: { s: Record<string, number>; gradient: Record<string, number> } | null;
  loss: number | null;
}

/** Everything a run needs to go on exactly from where a report left it (JSON-safe). */
export interface TrainingCheckpoint {
  /** Epochs the run has completed (its history's length). */
  epoch: number;
  /** Epochs the run plans in all. */
  epochs: number;
  /** Epochs the current trainer plans (less than `epochs` after an edit rebuilt it). */
  trainerEpochs: number;
  /** Parameters of the file the trainer was last built from (see `carryOver.ts`). */
  baseParams: Record<string, number>;
  /** Cost of the trainers before the current one. */
  costBefore: { circuitExecutions: number; shots: number };
  elapsedMs: number;
  trainer: TrainerCheckpoint;
}

/** A checkpoint and the run's history up to it (one element per epoch; `null` for a missing loss). */
export interface TrainingResume {
  checkpoint: TrainingCheckpoint;
  history: { trainLoss: (number | null)[]; testLoss: (number | null)[]; circuitExecutions: number[]; shots: number[] };
}

/**
 * The history entries a report adds, one array element per epoch. Entry `i` is epoch
 * `from + i + 1`; a loss with nothing to score (`null` in the trainer) is `NaN` here.
 */
export interface HistoryChunk {
  /** Epochs of the run reported before this chunk. */
  from: number;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** Circuit executions and shots each epoch's estimates cost. */
  circuitExecutions: Float64Array;
  shots: Float64Array;
}

/** The head's outputs on the chosen training sequence after the latest epoch. */
export interface OutputsSnapshot {
  /** Index of the sequence among the training windows. */
  index: number;
  /** `m`, the number of outputs (docs/spec.md §5.3). */
  outputCount: number;
  /** `yhat_{t,j}` at `outputs[t * outputCount + j]`. */
  outputs: Float64Array;
  /** Laid out as `outputs`; `NaN` where the step has no target. */
  targets: Float64Array;
  /** Steps `t < washout` are not scored. */
  washout: number;
}

/** Per-occurrence contributions of the latest batch gradient, column by column. */
export interface ContributionTable {
  /** Distinct parameter names; `param[i]` indexes this list. */
  names: string[];
  param: Uint16Array;
  /** Index into `model.cell`. */
  gate: Uint16Array;
  /** 0-based step. */
  step: Uint32Array;
  contribution: Float64Array;
}

/** One progress report of a run (throttled: at most about five a second). */
export interface TrainingProgress {
  runId: number;
  status: TrainingRunStatus;
  /** Epochs completed in this run. */
  epoch: number;
  /** Epochs the run will do in all. */
  epochs: number;
  /** The latest epoch's losses (`null` before the first epoch or when nothing is scored). */
  trainLoss: number | null;
  testLoss: number | null;
  /** Circuit executions and shots spent since the run started. */
  cost: { circuitExecutions: number; shots: number };
  /** Wall-clock milliseconds spent running epochs (pauses excluded). */
  elapsedMs: number;
  /**
   * Threads the latest epoch ran on: 1 in this worker alone, more when its batches were
   * shared out over helper threads (`LabApi.setTrainingThreads`).
   */
  threads: number;
  /** Why the run diverged, stalled, failed or was changed, in words; `null` otherwise. */
  message: string | null;
  /** The epochs completed since the previous report of this run. */
  history: HistoryChunk;
  /** `null` until the first epoch. */
  outputs: OutputsSnapshot | null;
  /** Parameters after the latest epoch. */
  params: Record<string, number>;
  /** The latest batch gradient, and its per-occurrence contributions. */
  gradient: Record<string, number>;
  occurrences: ContributionTable;
  /** Where the run is, to go on from after a reload (`TrainingOptions.resume`). */
  checkpoint?: TrainingCheckpoint;
}

/** The callback a run reports through (a Comlink proxy across the worker boundary). */
export type ProgressCallback = (report: TrainingProgress) => void | Promise<void>;

/** A run that started: reports with this `runId` follow through the callback. */
export interface TrainingStarted {
  ok: true;
  runId: number;
  status: 'running' | 'paused';
  epochs: number;
  /** Training sequences (windows) in the dataset. */
  sequences: number;
  computedIn: 'worker' | 'in-thread';
}

/** A refused call: a sentence for the UI and, for a refused file, the fields and reasons. */
export interface TrainingRefusal {
  ok: false;
  message: string;
  errors: FieldError[];
}

/** What `startTraining` resolves to: the run started, or the file was refused. */
export type TrainingReply = TrainingStarted | TrainingRefusal;

/** The run after a control call (`pause`, `resume`, `stepOnce`, `stop`, `reset`, `updateSettings`). */
export interface TrainingControlled {
  ok: true;
  /** `null` after `stop()` or `reset()`: there is no run any more. */
  runId: number | null;
  status: TrainingRunStatus | 'none';
  epoch: number;
}

/** What a control call resolves to: the run after it, or why it did not apply (the run is unchanged). */
export type TrainingControlReply = TrainingControlled | TrainingRefusal;

/** The threads training will use (`LabApi.setTrainingThreads`), or why the number was refused. */
export type TrainingThreadsReply = { ok: true; threads: number } | TrainingRefusal;
