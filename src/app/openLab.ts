/**
 * The page's start-up for persistence and links: attaches the browser's storage (none when
 * the browser blocks it), opens the first experiment (`openInitial.ts`: link, autosave or
 * default preset), then starts autosaving (`connectPersistence.ts`) and the URL sync
 * (`urlSync.ts`). Both start only after the first experiment is open, so opening it is
 * neither an edit to push nor a change that would overwrite the saved run before it is read.
 */
import type { KeyValueStorage, LabStore } from '../store';
import { connectPersistence } from './connectPersistence';
import { openInitialExperiment } from './openInitial';
import { DEFAULT_PRESET, loadPreset } from '../store/presets';
import { startUrlSync, type UrlSync } from './urlSync';

/** The window's `localStorage`, or `null` where reading it throws (storage blocked) or it is absent. */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Opens the first experiment, then autosaves and syncs the URL; resolves to the running sync. */
export async function openLab(store: LabStore): Promise<UrlSync> {
  store.getState().attachStorage(browserStorage());
  await openInitialExperiment(store, { hash: window.location.hash, loadDefault: () => loadPreset(store, DEFAULT_PRESET) });
  connectPersistence(store, { events: window });
  return startUrlSync(store, { location: window.location, history: window.history, events: window });
}
