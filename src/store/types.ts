/**
 * The shape of the lab's one store: the slices and their union `LabState`. Each slice
 * creator is typed `StateCreator<LabState, [], [], ItsSlice>` so that it may read the whole
 * state but builds only its own part (zustand `advanced-typescript.md`, "Slices pattern").
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Experiment, FieldError } from '../model/types';
import type { SimulateReply } from '../worker/protocol';

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
  /** The current experiment; `null` until the first one is loaded. */
  experiment: Experiment | null;
  /** The canonical serialized form of `experiment` (SPEC 2 JSON): what the worker reads. */
  experimentText: string | null;
  /** The last refused load, cleared by the next successful one. */
  loadError: LoadError | null;
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
}

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error';

/** The latest simulation of the current experiment, as the worker reported it. */
export interface SimulationSlice {
  simulationStatus: SimulationStatus;
  /** The latest reply, kept while a newer simulation runs so views do not flicker. */
  simulationReply: SimulateReply | null;
  /** Why the latest simulation failed (a refusal or a worker crash); `null` otherwise. */
  simulationError: string | null;
  simulationStarted(): void;
  simulationReplied(reply: SimulateReply): void;
  simulationFailed(message: string): void;
}

export type LabState = ExperimentSlice & SimulationSlice;

/** A slice creator over the whole lab state. */
export type LabSlice<T> = StateCreator<LabState, [], [], T>;
