/**
 * Keeps the address bar and the store in step (Quirk's `src/ui/url.js`, Crumble's
 * `sync_url_to_state.js`): the URL fragment is the share link of the current experiment
 * (`#e=1....`, with the classroom flags), written after each change, and Back and Forward
 * bring the experiment of their entry back through the same path a shared link takes
 * (`decodeLink`, then the experiment slice's parser). `urlPolicy.ts` decides push or replace.
 *
 * Writes are debounced and one at a time (encoding is async); a write whose state changed
 * while it was encoding gives way to the next one, which inherits its push. A refused link
 * met on Back or Forward is reported and the current experiment stays. A browser that
 * refuses `pushState` (a sandboxed frame) keeps its URL; the page works on.
 */
import { serializeExperiment } from '../model/serialize';
import { decodeLink, encodeLink, flagWarnings, isLinkTooLong, type LinkResult } from '../share/link';
import type { ClassroomFlags } from '../share/flags';
import type { AnyExperiment } from '../model/types';
import type { LabStore } from '../store';
import { describeLinkRefusal, hasExperimentFragment, mergeWrites, settleWrite, URL_DEBOUNCE_MS, urlWriteFor, type UrlWrite } from './urlPolicy';

/** What the sync needs of the browser (the window's, or fakes in tests). */
export interface UrlSyncEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  /** Where `popstate` is heard. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
  debounceMs?: number;
  encode?: (e: AnyExperiment, flags: ClassroomFlags) => Promise<string>;
  decode?: (fragment: string) => Promise<LinkResult>;
}

/** A running sync. */
export interface UrlSync {
  /** Writes any pending change now (tests, and before the page is hidden). */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Makes the experiment of a decoded link current (its flags too), unless it already is.
 * A refused link is reported as "The link was not loaded: ..." and changes nothing.
 * Returns whether the link was accepted.
 */
function applyLink(store: LabStore, result: LinkResult): boolean {
  const state = store.getState();
  if (!result.ok) {
    state.reportLoadFailure('The link', describeLinkRefusal(result.errors));
    return false;
  }
  state.setClassroomFlags(result.flags, flagWarnings(result.warnings));
  const text = serializeExperiment(result.experiment);
  return text === store.getState().experimentText || store.getState().loadExperimentText(text, 'The link');
}

/**
 * Starts syncing: writes the current experiment in place at once (so every history entry
 * holds one), then follows the store and `popstate`. Call it after the first experiment
 * has been opened.
 */
export function startUrlSync(store: LabStore, env: UrlSyncEnv): UrlSync {
  const now = env.now ?? (() => Date.now());
  const debounceMs = env.debounceMs ?? URL_DEBOUNCE_MS;
  const encode = env.encode ?? encodeLink;
  const decode = env.decode ?? decodeLink;
  let pending: UrlWrite | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let lastPushAt = -Infinity;
  /** Bumped by Back and Forward: a write encoded before it must not overwrite their URL. */
  let navigation = 0;
  /** True while a link from the URL is being applied: that change is the URL's, not a new one. */
  let applying = false;

  function schedule(mode: UrlWrite): void {
    pending = mergeWrites(pending, mode);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  }

  function write(fragment: string, mode: UrlWrite): void {
    if (env.location.hash === fragment) return;
    const settled = settleWrite(mode, now(), lastPushAt);
    const url = `${env.location.pathname}${env.location.search}${fragment}`;
    try {
      if (settled === 'push') env.history.pushState(null, '', url);
      else env.history.replaceState(null, '', url);
    } catch {
      return;
    }
    if (settled === 'push') lastPushAt = now();
  }

  async function writePending(): Promise<void> {
    const mode = pending;
    pending = null;
    const { experiment, classroomFlags } = store.getState();
    if (mode === null || experiment === null) return;
    const seen = navigation;
    let fragment: string;
    try {
      fragment = await encode(experiment, classroomFlags);
    } catch (error) {
      // Too long for a link the decoder would take back: drop the older experiment's fragment,
      // so a reload opens the autosave (this experiment) rather than a stale link.
      if (isLinkTooLong(error) && seen === navigation) write('', mode);
      return;
    }
    if (seen !== navigation) return;
    if (pending !== null) pending = mergeWrites(pending, mode);
    else write(fragment, mode);
  }

  async function flush(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    while (writing) await writing;
    if (pending === null) return;
    writing = writePending().finally(() => {
      writing = null;
    });
    await writing;
    if (pending !== null && timer === null) schedule(pending);
  }

  async function onPopState(): Promise<void> {
    navigation++;
    pending = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const hash = env.location.hash;
    if (!hasExperimentFragment(hash)) return;
    const result = await decode(hash);
    if (env.location.hash !== hash) return;
    applying = true;
    try {
      applyLink(store, result);
    } finally {
      applying = false;
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    const mode = urlWriteFor(state, previous);
    if (mode) schedule(mode);
  });
  const listener = () => void onPopState();
  env.events.addEventListener('popstate', listener);
  schedule('replace');

  return {
    flush,
    stop() {
      unsubscribe();
      env.events.removeEventListener('popstate', listener);
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
