/**
 * The persistence slice: autosave of the current experiment and of its last training run,
 * and the "Saved experiments" list (save under a name, reopen, rename, delete). Each tab
 * autosaves into its own slot (`autosaveSlot`, the tab's id), so two tabs never overwrite
 * each other; `autosaves` lists every tab's autosaved work, to reopen from any tab. Records
 * go through `persistenceStorage.ts`, so a missing, disabled or full storage never throws:
 * the slice says so in `persistenceMessage`, which stays until the user dismisses it (a later
 * successful write does not clear it), and the page goes on (the saved list then lasts as
 * long as the page). The composition root attaches the storage and decides when to autosave
 * (`src/app/connectPersistence.ts`); this slice holds no timers.
 */
import {
  autosaveKey, readAutosave, readAutosaves, readRun, readSavedList, removeRecord, runKey, STORAGE_KEYS, writeRecord,
  type AutosavedWork, type KeyValueStorage, type SavedExperiment,
} from './persistenceStorage';
import type { TrainingCheckpoint } from '../worker/protocol';
import type { TrainingHistory } from './trainingHistory';
import type { LabSlice, LabState } from './types';

export type { AutosavedWork, KeyValueStorage, SavedExperiment, SavedRun } from './persistenceStorage';

/** Most saved experiments kept (the oldest beyond are dropped): each is a few kilobytes. */
export const MAX_SAVED = 50;

/** Longest name of a saved experiment, in characters. */
export const MAX_SAVED_NAME = 120;

/** Said when the browser lets the page store nothing. */
export const NO_STORAGE_MESSAGE = 'This browser does not let the page store anything (private window or blocked storage): nothing is autosaved, and saved experiments last until the page is closed.';

/** A run put back from the autosave: its history object, its trained parameters and where it was. */
export interface RestoredRun {
  history: TrainingHistory;
  params: Record<string, number> | null;
  checkpoint?: TrainingCheckpoint | null;
}

/** The checkpoint of the run on screen, if it is one that can go on: paused, running or finished, reported at its last epoch. */
function currentCheckpoint(s: LabState): TrainingCheckpoint | null {
  const report = s.trainingReport;
  if (report?.checkpoint && ['paused', 'running', 'finished'].includes(s.trainingStatus) && report.checkpoint.epoch === s.trainingHistoryLength) return report.checkpoint;
  if (!report && s.restoredRun?.history === s.trainingHistory) return s.restoredRun.checkpoint ?? null;
  return null;
}

/** Autosave and the saved experiments. */
export interface PersistenceSlice {
  /** Whether a storage is attached (false: the browser has none for this page). */
  storageAvailable: boolean;
  /** Saved experiments, newest first. */
  savedExperiments: readonly SavedExperiment[];
  /** This tab's autosave slot (`''`: the single slot of labs before per-tab autosave). */
  autosaveSlot: string;
  /** Every tab's autosaved experiment (this tab's too), newest first. */
  autosaves: readonly AutosavedWork[];
  /**
   * Storage problems in words (full, unavailable, work that could not be kept), or `null`.
   * Stays until `dismissPersistenceMessage()`; a new problem is added to it, not swapped in.
   * A dismissed problem is not said again until a write succeeds (no nagging on every edit).
   */
  persistenceMessage: string | null;
  /** The run restored by `restoreRun`, until a new run or a reset replaces its history. */
  restoredRun: RestoredRun | null;
  /** Attaches the browser's storage (`null` when it has none) with this tab's slot, and reads the lists. */
  attachStorage(storage: KeyValueStorage | null, slot?: string): void;
  /** The text autosaved in `slot` (default: this tab's), or `null`. */
  readAutosavedText(slot?: string): string | null;
  /** Autosaves the current experiment in this tab's slot; `false` when nothing was stored. */
  autosaveExperiment(): boolean;
  /** Autosaves into `slot` from now on; what the old slot holds stays there. */
  moveAutosave(slot: string): void;
  /** Reads every tab's autosaves again (another tab wrote one). */
  refreshAutosaves(): void;
  /** Opens the experiment autosaved in `slot` as a new document. */
  openAutosave(slot: string): boolean;
  /** Deletes the experiment autosaved in `slot` and its run (never this tab's own slot). */
  deleteAutosave(slot: string): boolean;
  /** Records a storage problem in words; it stays until dismissed. */
  reportPersistenceProblem(message: string): void;
  /** Saves the current run's history (or removes the saved run when there is none). */
  saveRun(): boolean;
  /**
   * Puts back the run saved in `slot` (default: this tab's) if it trained the current
   * experiment; returns whether it did. A run saved with a checkpoint continues, paused at
   * its last epoch with its trained parameters, in the worker (Play or Step goes on).
   */
  restoreRun(slot?: string): boolean;
  /** Saves `text` (default: the current experiment) as `name`; an entry of that name is replaced. */
  saveExperimentAs(name: string, text?: string): SavedExperiment | null;
  /** Opens a saved experiment as a new document. */
  openSavedExperiment(id: string): boolean;
  renameSavedExperiment(id: string, name: string): boolean;
  deleteSavedExperiment(id: string): boolean;
  dismissPersistenceMessage(): void;
}

/** A saved experiment's name: trimmed, control characters removed, at most {@link MAX_SAVED_NAME} characters. */
export function cleanName(name: string): string {
  const printable = Array.from(name, (c) => (isControl(c.codePointAt(0) as number) ? ' ' : c)).join('').trim();
  return Array.from(printable).slice(0, MAX_SAVED_NAME).join('').trim();
}

/** C0 and C1 control characters. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

let idCounter = 0;
const newId = () => `${Date.now().toString(36)}-${(idCounter++).toString(36)}`;

/** The autosaved work of the other tabs, newest first, one per distinct text (a fresh tab's copy is not listed twice). */
export function otherAutosaves(list: readonly AutosavedWork[], own: string): AutosavedWork[] {
  const seen = new Set<string>();
  return list.filter((w) => w.slot !== own && !seen.has(w.text) && (seen.add(w.text), true));
}

/** Creates the persistence slice. */
export const createPersistenceSlice: LabSlice<PersistenceSlice> = (set, get) => {
  let storage: KeyValueStorage | null = null;

  /** The problems on screen, and those dismissed: a dismissed one is not said again until a write succeeds. */
  let problems: string[] = [];
  const dismissed = new Set<string>();
  const problem = (message: string) => {
    if (dismissed.has(message) || problems.includes(message)) return;
    problems = [...problems, message];
    set({ persistenceMessage: problems.join(' ') });
  };
  const listAutosaves = () => (storage ? readAutosaves(storage) : []);

  /** Stores the saved list (in memory only without a storage); `false` if the storage refused it. */
  function storeList(entries: SavedExperiment[]): boolean {
    if (storage) {
      const written = writeRecord(storage, STORAGE_KEYS.saved, { entries });
      if (!written.ok) {
        problem(written.message);
        return false;
      }
    }
    set({ savedExperiments: entries });
    return true;
  }

  return {
    storageAvailable: false,
    savedExperiments: [],
    autosaveSlot: '',
    autosaves: [],
    persistenceMessage: null,
    restoredRun: null,
    attachStorage(next, slot = '') {
      storage = next;
      problems = next ? [] : [NO_STORAGE_MESSAGE];
      dismissed.clear();
      set({
        storageAvailable: next !== null, savedExperiments: next ? readSavedList(next) : [], autosaveSlot: slot,
        autosaves: listAutosaves(), persistenceMessage: next ? null : NO_STORAGE_MESSAGE,
      });
    },
    readAutosavedText: (slot = get().autosaveSlot) => (storage ? readAutosave(storage, slot) : null),
    autosaveExperiment() {
      const { experimentText: text, autosaveSlot: slot } = get();
      if (!storage || text === null) return false;
      const written = writeRecord(storage, autosaveKey(slot), { text, savedAt: Date.now() });
      if (!written.ok) problem(written.message);
      else dismissed.clear();
      set({ autosaves: listAutosaves() });
      return written.ok;
    },
    moveAutosave(slot) {
      set({ autosaveSlot: slot });
    },
    refreshAutosaves() {
      set({ autosaves: listAutosaves() });
    },
    openAutosave(slot) {
      const work = get().autosaves.find((w) => w.slot === slot);
      return work ? get().loadExperimentText(work.text, `The autosaved experiment '${work.name}'`) : false;
    },
    deleteAutosave(slot) {
      if (!storage || slot === get().autosaveSlot) return false;
      removeRecord(storage, autosaveKey(slot));
      removeRecord(storage, runKey(slot));
      set({ autosaves: listAutosaves() });
      return true;
    },
    reportPersistenceProblem: problem,
    saveRun() {
      const s = get();
      if (!storage || s.experimentText === null) return false;
      if (s.trainingHistoryLength === 0) {
        removeRecord(storage, runKey(s.autosaveSlot));
        return true;
      }
      const params = s.trainingReport?.params ?? s.restoredRun?.params ?? null;
      const record = { text: s.experimentText, history: s.trainingHistory, counters: s.trainingCounters, params, checkpoint: currentCheckpoint(s) };
      const written = writeRecord(storage, runKey(s.autosaveSlot), record);
      if (!written.ok) problem(written.message);
      return written.ok;
    },
    restoreRun(slot = get().autosaveSlot) {
      const run = storage ? readRun(storage, slot) : null;
      if (!run || run.text !== get().experimentText) return false;
      set({
        trainingHistory: run.history, trainingHistoryLength: run.history.trainLoss.length, trainingCounters: run.counters,
        trainingStatus: 'idle', trainingRunId: null, trainingReport: null, trainingMessage: null,
        restoredRun: { history: run.history, params: run.params, checkpoint: run.checkpoint },
      });
      // Where the run can go on, a paused run in the worker continues it from its last epoch.
      if (run.checkpoint && get().trainingApi) {
        const h = run.history;
        void get().resumeTraining({ checkpoint: run.checkpoint, history: { trainLoss: [...h.trainLoss], testLoss: [...h.testLoss], circuitExecutions: [...h.circuitExecutions], shots: [...h.shots] } });
      }
      return true;
    },
    saveExperimentAs(name, text = get().experimentText ?? undefined) {
      const clean = cleanName(name);
      if (clean === '' || text === undefined) return null;
      const entry: SavedExperiment = { id: newId(), name: clean, text, savedAt: Date.now() };
      const others = get().savedExperiments.filter((e) => e.name !== clean);
      return storeList([entry, ...others].slice(0, MAX_SAVED)) ? entry : null;
    },
    openSavedExperiment(id) {
      const entry = get().savedExperiments.find((e) => e.id === id);
      return entry ? get().loadExperimentText(entry.text, `The saved experiment '${entry.name}'`) : false;
    },
    renameSavedExperiment(id, name) {
      const clean = cleanName(name);
      const list = get().savedExperiments;
      if (clean === '' || !list.some((e) => e.id === id)) return false;
      return storeList(list.map((e) => (e.id === id ? { ...e, name: clean } : e)));
    },
    deleteSavedExperiment(id) {
      const list = get().savedExperiments;
      if (!list.some((e) => e.id === id)) return false;
      return storeList(list.filter((e) => e.id !== id));
    },
    dismissPersistenceMessage() {
      for (const message of problems) dismissed.add(message);
      problems = [];
      set({ persistenceMessage: null });
    },
  };
};
