/**
 * When the page autosaves: the experiment {@link AUTOSAVE_DEBOUNCE_MS} after its text last
 * changed, and the training run whenever it stops running (paused, finished, stopped,
 * diverged), steps while paused, is reset, or reports at rest (a resumed run's first report, an
 * edit taken by a paused run: its checkpoint changed). Nothing is written while a run is running, so training never
 * waits on the storage; when the page is hidden (closed, reloaded, sent to the background)
 * both are written at once. A restored run is forgotten as soon as a new run or a reset
 * replaces its history.
 *
 * Other tabs: a `storage` event re-reads the list of every tab's autosaved work. When the
 * event says another tab wrote this tab's own slot (a duplicated tab shares its
 * `sessionStorage`, so its slot id), this tab moves to a new slot and autosaves there, so
 * neither overwrites the other again. The slot in use is remembered (`rememberSlot`) so that
 * a reload finds it.
 */
import type { LabState, LabStore } from '../store';
import { autosaveKey, STORAGE_KEYS } from '../store/persistenceStorage';
import { newSlotId } from './openInitial';

/** Quiet time after the last edit before the experiment is autosaved, in ms. */
const AUTOSAVE_DEBOUNCE_MS = 500;

/** Options of {@link connectPersistence}. */
export interface ConnectPersistenceOptions {
  debounceMs?: number;
  /** Where `pagehide` and `storage` are heard (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Keeps this tab's slot id where a reload finds it (`sessionStorage`). */
  rememberSlot?: (slot: string) => void;
  newSlot?: () => string;
}

const runStopped = (s: LabState, p: LabState) => p.trainingStatus === 'running' && s.trainingStatus !== 'running';
const runChangedAtRest = (s: LabState, p: LabState) =>
  s.trainingStatus !== 'running' && (s.trainingHistory !== p.trainingHistory || s.trainingHistoryLength !== p.trainingHistoryLength || s.trainingReport !== p.trainingReport);

/** Starts autosaving `store`; returns a function that stops. */
export function connectPersistence(store: LabStore, options: ConnectPersistenceOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function autosaveNow(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    store.getState().autosaveExperiment();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.autosaveSlot !== previous.autosaveSlot) options.rememberSlot?.(state.autosaveSlot);
    if (state.experimentText !== previous.experimentText) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(autosaveNow, debounceMs);
    }
    if (state.restoredRun && state.trainingHistory !== state.restoredRun.history) store.setState({ restoredRun: null });
    if (runStopped(state, previous) || runChangedAtRest(state, previous)) store.getState().saveRun();
  });
  const onHide = () => {
    autosaveNow();
    store.getState().saveRun();
  };
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === autosaveKey(store.getState().autosaveSlot) && (event as StorageEvent).newValue !== null) {
      store.getState().moveAutosave((options.newSlot ?? newSlotId)());
      autosaveNow();
      store.getState().saveRun();
    } else if (key === null || key.startsWith(STORAGE_KEYS.autosave)) store.getState().refreshAutosaves();
  };
  options.events?.addEventListener('pagehide', onHide);
  options.events?.addEventListener('storage', onStorage);
  options.rememberSlot?.(store.getState().autosaveSlot);
  store.getState().autosaveExperiment();

  return () => {
    unsubscribe();
    options.events?.removeEventListener('pagehide', onHide);
    options.events?.removeEventListener('storage', onStorage);
    if (timer !== null) clearTimeout(timer);
  };
}
