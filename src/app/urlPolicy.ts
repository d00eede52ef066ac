/**
 * The pure decisions of the URL sync (`urlSync.ts`), after Quirk's `HistoryPusher`: which
 * store changes reach the address bar, and whether as a new history entry (`pushState`, so
 * Back returns to the state before) or in place (`replaceState`). Discrete edits push: a
 * committed edit, undo or redo, a loaded preset, file, saved experiment or link. Everything
 * else that changes the experiment's text, and a change of classroom flags, replaces. A burst
 * of pushes (edits less than {@link BURST_MS} apart, such as a stepper clicked three times)
 * becomes one history entry, so Back undoes the burst rather than flooding the history.
 * Training progress and drag previews never change the experiment's text, so they never
 * reach the URL.
 */
import type { FieldError } from '../model/types';
import type { LabState } from '../store';

/** How a change is written to the URL. */
export type UrlWrite = 'push' | 'replace';

/** Quiet time after the last change before the URL is written (encoding is async and costs a compression). */
export const URL_DEBOUNCE_MS = 300;

/** Pushes closer together than this (ms) share one history entry. */
export const BURST_MS = 1_000;

/**
 * The write a store change asks for, or `null` when the URL is unaffected. A commit or a
 * load sets the experiment and then records it in the history (two store updates), so a
 * history change on its own asks for a push, which the pending write of the text inherits.
 */
export function urlWriteFor(state: LabState, previous: LabState): UrlWrite | null {
  if (state.experiment === null) return null;
  if (state.revisions !== previous.revisions || state.revision !== previous.revision) return 'push';
  if (state.experimentText !== previous.experimentText || state.classroomFlags !== previous.classroomFlags) return 'replace';
  return null;
}

/** Two pending writes as one: a push stays a push. */
export function mergeWrites(pending: UrlWrite | null, next: UrlWrite): UrlWrite {
  return pending === 'push' || next === 'push' ? 'push' : 'replace';
}

/** A push within {@link BURST_MS} of the previous one (at `lastPushAt`) is written in place. */
export function settleWrite(mode: UrlWrite, now: number, lastPushAt: number): UrlWrite {
  return mode === 'push' && now - lastPushAt < BURST_MS ? 'replace' : mode;
}

/** Whether a URL fragment carries an experiment (`e=` or `j=`), with or without its `#`. */
export function hasExperimentFragment(hash: string): boolean {
  return /^#?(?:[^&]*&)*[ej]=/.test(hash);
}

/** A refused link's reasons as one clause, for "The link was not loaded: ...". */
export function describeLinkRefusal(errors: readonly FieldError[]): string {
  const first = errors[0]?.message ?? 'it is not a link to an experiment';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first}${more}.`;
}
