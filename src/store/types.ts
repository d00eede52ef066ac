/**
 * The shape of the lab's one store: the slices and their union `LabState`. Each slice
 * creator is typed `StateCreator<LabState, [], [], ItsSlice>` so that it may read the whole
 * state but builds only its own part (zustand `advanced-typescript.md`, "Slices pattern").
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AnyExperiment, Experiment, FieldError } from '../model/types';
import type { ComputeRealm, LabApi, SimulateReply, TrainingProgress, TrainingResume, WorkerProgress } from '../worker/protocol';
import type { AnalysisSlice } from './analysisSlice';
import type { ClassroomSlice } from './classroomSlice';
import type { LessonSlice } from './lessonSlice';
import type { PersistenceSlice } from './persistenceSlice';
import type { StudySlice } from './studySlice';
import type { TeachingSlice } from './teachingSlice';
import type { TrainingHistory } from './trainingHistory';
import type { ViewSlice } from './viewSlice';

/** Why an experiment was not loaded; the current experiment is left as it was. */
export interface LoadError {
  /** What was being loaded, e.g. `sine.json` or `pasted text`. */
  source: string;
  /** One sentence for the UI. */
  message: string;
  /** The fields the parser refused, with reasons (empty when the file never arrived). */
  errors: FieldError[];
}

/** The document: the experiment being edited, in parsed and serialized form. */
export interface ExperimentSlice {
  /**
   * The current experiment, a QRNN or a QLSTM (docs/spec.md §7); `null` until the first one
   * is loaded. Views of the QRNN's cell read it through `selectQrnn`.
   */
  experiment: AnyExperiment | null;
  /** The canonical serialized form of `experiment` (docs/spec.md §2 JSON): what the worker reads. */
  experimentText: string | null;
  /** The last refused load, cleared by the next successful one. */
  loadError: LoadError | null;
  /**
   * Counts the experiments loaded (files, presets): a new value means a new document, not an
   * edit of the current one, so a training run of the old one is reset rather than updated.
   */
  documentId: number;
  /**
   * Parses `text` as an experiment file and, if valid, makes it current. A refused text
   * leaves the current experiment untouched and sets `loadError`.
   * @returns whether the text was accepted.
   */
  loadExperimentText(text: string, source?: string): boolean;
  /** Records a load that failed before parsing (e.g. the preset could not be fetched). */
  reportLoadFailure(source: string, message: string): void;
  /** Clears `loadError` (the user dismissed the message). */
  dismissLoadError(): void;
  /** A drag's would-be experiment: drawn, never simulated and never in the history. */
  preview: ExperimentPreview | null;
  /**
   * Makes `candidate` current if `parseExperiment` accepts it, and records it in the history
   * (an edit of the current document). A refused candidate changes nothing.
   */
  commitExperiment(candidate: AnyExperiment): CommitResult;
  /** Shows `candidate` as the preview, checked by the parser; `null` clears the preview. */
  previewExperiment(candidate: Experiment | null, focus?: PreviewFocus): void;
}

/** What a commit did: accepted (and whether the text changed), or refused with the parser's reasons. */
export type CommitResult =
  | { ok: true; changed: boolean }
  | { ok: false; errors: FieldError[]; message: string };

/** Which gate of a preview the drag is placing, and in which slot column: for drawing it. */
export interface PreviewFocus {
  gate: number | null;
  column: number | null;
}

/** A preview: the would-be experiment, and the parser's refusal of it when it would be refused. */
export interface ExperimentPreview extends PreviewFocus {
  experiment: Experiment;
  refusal: string | null;
}

/**
 * One history entry: a committed experiment's canonical text, in three parts so that entries
 * with equal data share one string (`revisionText` in `historySlice.ts` joins them), and the
 * document it belongs to.
 */
export interface Revision {
  /** The text before the value of the `data` field. */
  head: string;
  /** The value of the `data` field, as written in the text; equal values are the same string. */
  data: string;
  /** The text after it. */
  tail: string;
  /** The `documentId` it was committed under. */
  document: number;
}

/** Undo and redo over the serialized experiment (`historySlice.ts`). */
export interface HistorySlice {
  /** Committed texts, oldest first. */
  revisions: readonly Revision[];
  /** Index of the current entry in `revisions`; -1 before the first commit. */
  revision: number;
  /** Records `text` as the newest entry, dropping any redo branch (the experiment slice calls it). */
  recordRevision(text: string, document: number): void;
  /** Makes the previous entry current; `false` when there is none. */
  undo(): boolean;
  /** Makes the next entry current; `false` when there is none. */
  redo(): boolean;
}

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** The latest simulation of the current experiment, as the worker reported it. */
export interface SimulationSlice {
  simulationStatus: SimulationStatus;
  /** The latest reply, kept while a newer simulation runs so views do not flicker. */
  simulationReply: SimulateReply | null;
  /** Why the latest simulation failed (a refusal or a worker crash); `null` otherwise. */
  simulationError: string | null;
  /** The running simulation's latest progress report; `null` when none is running or none came yet. */
  simulationProgress: WorkerProgress | null;
  /** What happened to the worker (restarted, cancelled), shown next to the status; `null` otherwise. */
  simulationNote: string | null;
  /** A new simulation started; `note` replaces the shown note (default: cleared). */
  simulationStarted(note?: string | null): void;
  simulationReplied(reply: SimulateReply): void;
  simulationFailed(message: string): void;
  simulationProgressed(progress: WorkerProgress): void;
  /** The user cancelled the simulation; `message` says why it was long and what to do. */
  simulationCancelled(message: string): void;
  /** Ends the simulation and analysis in progress (the composition root attaches how). */
  cancelComputation(): void;
  /** Attaches what {@link SimulationSlice.cancelComputation} calls. */
  attachComputationCanceller(cancel: () => void): void;
}

/** What the Training panel shows: `idle` means no run in the worker (yet, or any more). */
export type TrainingStatus = 'idle' | 'running' | 'paused' | 'finished' | 'diverged' | 'stalled' | 'error';

/** The part of the worker's API the training slice calls. */
export type TrainingApi = Pick<LabApi, 'startTraining' | 'pause' | 'resume' | 'stepOnce' | 'stop' | 'reset' | 'updateSettings' | 'setTrainingThreads'>;

/** The latest report's counters, replaced as one object per report. */
export interface TrainingCounters {
  /** Epochs completed, and planned. */
  epoch: number;
  epochs: number;
  trainLoss: number | null;
  testLoss: number | null;
  /** Totals since the run started. */
  circuitExecutions: number;
  shots: number;
  /** Milliseconds the worker spent running epochs. */
  elapsedMs: number;
}

/**
 * The training run: its status and id, the latest report, and the history appended in place.
 * Actions call the worker through `trainingApi`; reports from any run but the current one
 * (and from any start request but the newest) are dropped.
 */
export interface TrainingSlice {
  trainingStatus: TrainingStatus;
  /** The worker's id of the current run; `null` when there is none (or it is starting). */
  trainingRunId: number | null;
  trainingCounters: TrainingCounters;
  /** Appended in place; `trainingHistoryLength` changes when it grows. */
  trainingHistory: TrainingHistory;
  trainingHistoryLength: number;
  /** The latest report (outputs, parameters, gradient and contributions); `null` after a reset. */
  trainingReport: TrainingProgress | null;
  /** Divergence, failure, refusal or crash, in words; `null` otherwise. */
  trainingMessage: string | null;
  trainingComputedIn: ComputeRealm | null;
  /**
   * Threads training may use (the training worker's included), as chosen in the settings;
   * a run whose gradients draw no random numbers shares its batches out over them.
   */
  trainingThreads: number;
  /** Chooses the threads; a running run takes them from its next epoch. */
  setTrainingThreads(count: number): Promise<void>;
  /** The worker client, attached by the composition root. */
  trainingApi: TrainingApi | null;
  attachTrainingApi(api: TrainingApi): void;
  /** Starts a run from the current experiment, or resumes a paused one. */
  playTraining(): Promise<void>;
  pauseTraining(): Promise<void>;
  /** Starts a paused run that goes on from a saved checkpoint (after a reload); the history stays. */
  resumeTraining(resume: TrainingResume): Promise<boolean>;
  /** Runs one epoch of a paused run; from idle, starts a paused run and runs its first epoch. */
  stepTraining(): Promise<void>;
  /** Discards the run: epoch 0, the experiment's own parameters, an empty history. */
  resetTraining(): Promise<void>;
  /** Ends the run but keeps its counters and history on screen. */
  stopTraining(): Promise<void>;
  /** Sends the current experiment text to a paused run; it takes effect on resume. */
  updateTrainingSettings(): Promise<void>;
  /** The worker crashed and was restarted: the run is gone; says so if there was one. */
  trainingCrashed(message?: string): void;
}

export type LabState = ExperimentSlice & HistorySlice & SimulationSlice & TrainingSlice & AnalysisSlice & ViewSlice
  & ClassroomSlice & PersistenceSlice & TeachingSlice & LessonSlice & StudySlice;

/** A slice creator over the whole lab state. */
export type LabSlice<T> = StateCreator<LabState, [], [], T>;
