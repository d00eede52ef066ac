/**
 * The one type both sides of the worker boundary agree on. `LabApi` is what the worker
 * exposes and what the page's client wraps; every method returns a promise and every value
 * that crosses is plain data (structured-clone safe), so the same service also runs in-thread
 * in unit tests. This file holds types only: no Comlink, no DOM, no numerics.
 */
import type { FieldError } from '../model/types';
import type { SimulationResult } from '../simulation/simulate';
import type { AnalysisReply, AnalyzeOptions } from './analysisProtocol';
import type { CsvReply, DataCheckReply } from './dataProtocol';
import type { ExportProgramOptions, ExportReply, ExportTarget } from './exportProtocol';
import type { AnyExplainReply, CompareOptions, CompareProgressCallback, CompareReply, ExplainRequest } from './teachingProtocol';
import type { StudyPlanReply } from './studyProtocol';
import type { ProgressCallback, TrainingControlReply, TrainingOptions, TrainingReply, TrainingThreadsReply } from './trainingProtocol';

export type * from './trainingProtocol';
export type * from './analysisProtocol';
export type * from './exportProtocol';
export type * from './teachingProtocol';
export type * from './dataProtocol';
export type * from './studyProtocol';
export type * from './poolProtocol';
export type * from './signalProtocol';

/** Where a reply was computed: in the Web Worker, or in the calling thread (unit tests, CLI). */
export type ComputeRealm = 'worker' | 'in-thread';

/** A simulation of the experiment's first sequence (inline data or first generated window). */
export interface SimulateSuccess {
  ok: true;
  result: SimulationResult;
  experimentName: string;
  /** `targets[t][j]` for output `j`; `null` where step `t` has no target. */
  targets: (number[] | null)[];
  /** `inputs[t]` is the vector `x_t`. */
  inputs: number[][];
  /** Steps `t < washout` are not scored (docs/spec.md §2, `loss.washout`). */
  washout: number;
  computedIn: ComputeRealm;
}

/** A refusal: each error names the field of the experiment file and the reason. */
export interface SimulateRefusal {
  ok: false;
  errors: FieldError[];
}

export type SimulateReply = SimulateSuccess | SimulateRefusal;

/** The lab's compute service: promise-returning methods over plain data. */
export interface LabApi {
  /** Liveness check; resolves to `'pong'`. */
  ping(): Promise<'pong'>;
  /**
   * Parses an experiment file (docs/spec.md §2 JSON text) and simulates its first sequence.
   * Never rejects for a bad file: a file that breaks the contract gives `{ ok: false }`.
   */
  simulate(experimentJson: string): Promise<SimulateReply>;
  /**
   * Starts a training run of the experiment (docs/spec.md §2 JSON text), replacing any run before it,
   * and resolves once it has started, with its `runId`. Progress follows through
   * `onProgress` (a Comlink proxy from the page), throttled to about five reports a second
   * plus one at every change of status; every report carries the run id. A refused file
   * resolves to `{ ok: false }`.
   */
  startTraining(experimentJson: string, onProgress: ProgressCallback, options?: TrainingOptions): Promise<TrainingReply>;
  /** Pauses the running run after the epoch in progress. */
  pause(): Promise<TrainingControlReply>;
  /** Resumes a paused run. */
  resume(): Promise<TrainingControlReply>;
  /** Runs exactly one epoch of a paused run and stays paused. */
  stepOnce(): Promise<TrainingControlReply>;
  /** Ends the run; its last report has status `'stopped'`. */
  stop(): Promise<TrainingControlReply>;
  /** Discards the run without a report: the next run starts again from the file's parameters. */
  reset(): Promise<TrainingControlReply>;
  /**
   * Rebuilds a paused (or diverged, or finished) run's trainer from an edited experiment,
   * keeping the epochs done, the history, the cost so far and the trained parameters (a
   * parameter whose value the edit changed takes the edited value). Takes effect on resume;
   * the optimizer's state and the seeded generator start afresh. See `src/worker/README.md`.
   */
  updateSettings(experimentJson: string): Promise<TrainingControlReply>;
  /**
   * How many threads training may use, this worker's included (at most the cores it can
   * have; the answer says how many it will use). From the next epoch on, a run whose
   * gradients draw no random numbers shares each mini-batch out over them, with
   * bit-identical results (src/worker/trainingHelpers.ts).
   */
  setTrainingThreads(count: number): Promise<TrainingThreadsReply>;
  /**
   * Analyses one training sequence (default the first): the exact adjoint gradient with every
   * occurrence's contribution, the simulation with the Bloch vectors per step, and the memory
   * profile. Never rejects for a bad file: it gives `{ ok: false }` with the fields.
   */
  analyze(experimentJson: string, options?: AnalyzeOptions): Promise<AnalysisReply>;
  /**
   * Writes an export of the experiment (OpenQASM 3, or Python for PennyLane, Qiskit or
   * numpy) over its first sequence; a QLSTM's OpenQASM 3 is one evaluation of the circuit
   * `options.circuit` (exportProtocol.ts). Never rejects for a bad file: `{ ok: false }`.
   */
  exportProgram(experimentJson: string, target: ExportTarget, options?: ExportProgramOptions): Promise<ExportReply>;
  /** Parses a CSV text into the columns a picker offers (dataProtocol.ts). */
  readCsv(text: string): Promise<CsvReply>;
  /** Builds a `data` object (JSON text) and counts its training windows, or says why it is refused. */
  checkData(dataJson: string): Promise<DataCheckReply>;
  /**
   * Walks one occurrence (`options.gate` at `options.step`) of one training sequence through
   * its parameter-shift estimate: the shifted executions, the weighted difference, the chain
   * rule, every occurrence of the parameter against the adjoint value, and on request the
   * common mistake. A QLSTM occurrence (`kind: 'qlstm'`) gets the local rule's walkthrough,
   * and `kind: 'qlstm-bias'` measures its estimate's bias under shots; their replies say their
   * `kind`. Never rejects for a bad file or occurrence: `{ ok: false }`.
   */
  explain(experimentJson: string, options: ExplainRequest): Promise<AnyExplainReply>;
  /**
   * Repeats gradient estimates of `options.param` by parameter-shift, finite differences and
   * SPSA at each shot count, reporting `onProgress(done, total)` (a Comlink proxy from the
   * page) after each configuration. Synchronous in the worker: the page cancels by
   * terminating the worker it runs in. Never rejects for bad settings: `{ ok: false }`.
   */
  compare(experimentJson: string, options: CompareOptions, onProgress?: CompareProgressCallback): Promise<CompareReply>;
  /**
   * The runs of the experiment's study (docs/spec.md §8) in job order, each with its variant,
   * kind, seed, trained-parameter count and planned epochs, before any runs. The runs
   * themselves go to the page's worker pool (`studyPool.ts`). Never rejects: `{ ok: false }`.
   */
  planStudy(experimentJson: string): Promise<StudyPlanReply>;
}
