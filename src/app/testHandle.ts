/**
 * `window.__qrnnLab`: a small read-only view of the store for the end-to-end tests, which
 * compare the worker's training history and the study pool's runs with the command line's.
 * It reads the store and changes nothing.
 */
import type { LabStore, TrainingCounters, TrainingStatus } from '../store';

/** One epoch, in the shape `qrnn train --json` prints. */
export interface HistoryRow {
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  circuitExecutions: number;
  shots: number;
}

/** A study run as the page computed it, in the shape `qrnn study --json` prints, without `seconds`. */
export interface StudyRunRow {
  variant: string;
  kind: string;
  seed: number;
  parameters: number;
  status: string;
  history: HistoryRow[];
}

/** What the page exposes. */
export interface QrnnLabHandle {
  history(): HistoryRow[];
  status(): TrainingStatus;
  counters(): TrainingCounters;
  /** The runs of the latest finished (or cancelled) study, in job order; `[]` before any. */
  studyRuns(): StudyRunRow[];
}

declare global {
  interface Window {
    __qrnnLab?: QrnnLabHandle;
  }
}

/** The handle over `store`. */
export function testHandle(store: LabStore): QrnnLabHandle {
  return {
    history() {
      const h = store.getState().trainingHistory;
      return h.trainLoss.map((trainLoss, i) => ({
        epoch: i + 1, trainLoss, testLoss: h.testLoss[i], circuitExecutions: h.circuitExecutions[i], shots: h.shots[i],
      }));
    },
    status: () => store.getState().trainingStatus,
    counters: () => ({ ...store.getState().trainingCounters }),
    studyRuns: () => (store.getState().studyOutcome?.runs ?? []).map((r) => ({
      variant: r.variant, kind: r.kind, seed: r.seed, parameters: r.parameters, status: r.status,
      history: r.history.map(({ epoch, trainLoss, testLoss, circuitExecutions, shots }) => ({ epoch, trainLoss, testLoss, circuitExecutions, shots })),
    })),
  };
}
