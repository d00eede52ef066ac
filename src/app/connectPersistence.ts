/**
 * When the page autosaves: the experiment {@link AUTOSAVE_DEBOUNCE_MS} after its text last
 * changed, and the training run whenever it stops running (paused, finished, stopped,
 * diverged), steps while paused, or is reset. Nothing is written while a run is running, so training never
 * waits on the storage; when the page is hidden (closed, reloaded, sent to the background)
 * both are written at once. A restored run is forgotten as soon as a new run or a reset
 * replaces its history.
 */
import type { LabState, LabStore } from '../store';

/** Quiet time after the last edit before the experiment is autosaved, in ms. */
const AUTOSAVE_DEBOUNCE_MS = 500;

/** Options of {@link connectPersistence}. */
export interface ConnectPersistenceOptions {
  debounceMs?: number;
  /** Where `pagehide` is heard (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

const runStopped = (s: LabState, p: LabState) => p.trainingStatus === 'running' && s.trainingStatus !== 'running';
const runChangedAtRest = (s: LabState, p: LabState) =>
  s.trainingStatus !== 'running' && (s.trainingHistory !== p.trainingHistory || s.trainingHistoryLength !== p.trainingHistoryLength);

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
  options.events?.addEventListener('pagehide', onHide);
  store.getState().autosaveExperiment();

  return () => {
    unsubscribe();
    options.events?.removeEventListener('pagehide', onHide);
    if (timer !== null) clearTimeout(timer);
  };
}
