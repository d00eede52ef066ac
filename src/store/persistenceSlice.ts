/**
 * The persistence slice: autosave of the current experiment and of its last training run,
 * and the "Saved experiments" list (save under a name, reopen, rename, delete). Records go
 * through `persistenceStorage.ts`, so a missing, disabled or full storage never throws: the
 * slice says so in `persistenceMessage` and the page goes on (the saved list then lasts as
 * long as the page). The composition root attaches the storage and decides when to autosave
 * (`src/app/connectPersistence.ts`); this slice holds no timers.
 */
import { readAutosave, readRun, readSavedList, removeRecord, STORAGE_KEYS, writeRecord, type KeyValueStorage, type SavedExperiment } from './persistenceStorage';
import type { TrainingHistory } from './trainingHistory';
import type { LabSlice } from './types';

export type { KeyValueStorage, SavedExperiment, SavedRun } from './persistenceStorage';

/** Most saved experiments kept (the oldest beyond are dropped): each is a few kilobytes. */
export const MAX_SAVED = 50;

/** Longest name of a saved experiment, in characters. */
export const MAX_SAVED_NAME = 120;

/** Said when the browser lets the page store nothing. */
export const NO_STORAGE_MESSAGE = 'This browser does not let the page store anything (private window or blocked storage): nothing is autosaved, and saved experiments last until the page is closed.';

/** A run put back from the autosave: its history object and its trained parameters. */
export interface RestoredRun {
  history: TrainingHistory;
  params: Record<string, number> | null;
}

/** Autosave and the saved experiments. */
export interface PersistenceSlice {
  /** Whether a storage is attached (false: the browser has none for this page). */
  storageAvailable: boolean;
  /** Saved experiments, newest first. */
  savedExperiments: readonly SavedExperiment[];
  /** The latest storage problem in words (full, unavailable), or `null`. */
  persistenceMessage: string | null;
  /** The run restored by `restoreRun`, until a new run or a reset replaces its history. */
  restoredRun: RestoredRun | null;
  /** Attaches the browser's storage (`null` when it has none) and reads the saved list. */
  attachStorage(storage: KeyValueStorage | null): void;
  /** The autosaved experiment's text, or `null`. */
  readAutosavedText(): string | null;
  /** Autosaves the current experiment; `false` when nothing was stored. */
  autosaveExperiment(): boolean;
  /** Saves the current run's history (or removes the saved run when there is none). */
  saveRun(): boolean;
  /** Puts the saved run back if it trained the current experiment; returns whether it did. */
  restoreRun(): boolean;
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

/** Creates the persistence slice. */
export const createPersistenceSlice: LabSlice<PersistenceSlice> = (set, get) => {
  let storage: KeyValueStorage | null = null;

  /** Stores the saved list (in memory only without a storage); `false` if the storage refused it. */
  function storeList(entries: SavedExperiment[]): boolean {
    if (storage) {
      const written = writeRecord(storage, STORAGE_KEYS.saved, { entries });
      if (!written.ok) {
        set({ persistenceMessage: written.message });
        return false;
      }
    }
    set({ savedExperiments: entries });
    return true;
  }

  return {
    storageAvailable: false,
    savedExperiments: [],
    persistenceMessage: null,
    restoredRun: null,
    attachStorage(next) {
      storage = next;
      set({ storageAvailable: next !== null, savedExperiments: next ? readSavedList(next) : [], persistenceMessage: next ? null : NO_STORAGE_MESSAGE });
    },
    readAutosavedText: () => (storage ? readAutosave(storage) : null),
    autosaveExperiment() {
      const text = get().experimentText;
      if (!storage || text === null) return false;
      const written = writeRecord(storage, STORAGE_KEYS.autosave, { text, savedAt: Date.now() });
      if (!written.ok) set({ persistenceMessage: written.message });
      else if (get().persistenceMessage !== null) set({ persistenceMessage: null });
      return written.ok;
    },
    saveRun() {
      const s = get();
      if (!storage || s.experimentText === null) return false;
      if (s.trainingHistoryLength === 0) {
        removeRecord(storage, STORAGE_KEYS.run);
        return true;
      }
      const params = s.trainingReport?.params ?? s.restoredRun?.params ?? null;
      const written = writeRecord(storage, STORAGE_KEYS.run, { text: s.experimentText, history: s.trainingHistory, counters: s.trainingCounters, params });
      if (!written.ok) set({ persistenceMessage: written.message });
      return written.ok;
    },
    restoreRun() {
      const run = storage ? readRun(storage) : null;
      if (!run || run.text !== get().experimentText) return false;
      set({
        trainingHistory: run.history, trainingHistoryLength: run.history.trainLoss.length, trainingCounters: run.counters,
        trainingStatus: 'idle', trainingRunId: null, trainingReport: null, trainingMessage: null,
        restoredRun: { history: run.history, params: run.params },
      });
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
      set({ persistenceMessage: null });
    },
  };
};
