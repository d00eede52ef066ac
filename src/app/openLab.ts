/**
 * The page's start-up for persistence and links: attaches the browser's storage (none when
 * the browser blocks it) with this tab's autosave slot (its id in `sessionStorage`, which a
 * reload keeps and a new tab does not have), opens the first experiment (`openInitial.ts`: link, autosave or
 * default preset), then starts autosaving (`connectPersistence.ts`) and the URL sync
 * (`urlSync.ts`). Both start only after the first experiment is open, so opening it is
 * neither an edit to push nor a change that would overwrite the saved run before it is read.
 */
import type { KeyValueStorage, LabStore } from '../store';
import { connectPersistence } from './connectPersistence';
import { newSlotId, openInitialExperiment } from './openInitial';
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

/** Where this tab's autosave slot id is kept: per tab, and kept by a reload. */
const TAB_KEY = 'qrnn-lab:tab';

/** This tab's autosave slot: the id kept in `sessionStorage`, or a new one (stored there when it can be). */
function tabSlot(): string {
  try {
    const known = window.sessionStorage.getItem(TAB_KEY);
    if (known) return known;
    const slot = newSlotId();
    window.sessionStorage.setItem(TAB_KEY, slot);
    return slot;
  } catch {
    return newSlotId();
  }
}

/** Keeps `slot` as this tab's for a reload; nothing when the browser has no session storage. */
function rememberSlot(slot: string): void {
  try {
    window.sessionStorage.setItem(TAB_KEY, slot);
  } catch {
    // Without session storage a reload is a fresh tab: it opens the newest autosave.
  }
}

/** Opens the first experiment, then autosaves and syncs the URL; resolves to the running sync. */
export async function openLab(store: LabStore): Promise<UrlSync> {
  store.getState().attachStorage(browserStorage(), tabSlot());
  await openInitialExperiment(store, { hash: window.location.hash, loadDefault: async () => (await loadPreset(store, DEFAULT_PRESET)) === 'loaded' });
  connectPersistence(store, { events: window, rememberSlot });
  return startUrlSync(store, { location: window.location, history: window.history, events: window });
}
