/**
 * Making the share link: the current experiment with its current parameters
 * (`sharedExperiment.ts`) and the page's classroom flags, encoded by `encodeLink` into the
 * fragment, and the whole URL the user copies. Sharing also puts the fragment in the address
 * bar, in place (a share is not an edit, so it adds no Back step), so a reload reopens
 * exactly what was shared.
 */
import { encodeLink } from '../../share/link';
import type { LabState } from '../../store';
import { budgetNote, type BudgetNote } from './budgetNote';
import { experimentToShare } from './sharedExperiment';

/** A made link. */
export interface ShareLink {
  /** `#e=1....` with the flags. */
  fragment: string;
  /** The page's address with the fragment: what is copied. */
  url: string;
  note: BudgetNote;
}

/** The address `fragment` belongs to: the page's own origin, path and query. */
export function linkUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}

/** Encodes the current experiment; `null` before one is open. */
export async function makeShareLink(state: LabState, location: Pick<Location, 'origin' | 'pathname' | 'search'>): Promise<ShareLink | null> {
  const experiment = experimentToShare(state);
  if (!experiment) return null;
  const fragment = await encodeLink(experiment, state.classroomFlags);
  const url = linkUrl(location, fragment);
  return { fragment, url, note: budgetNote(url.length) };
}

/** Shows `fragment` in the address bar without a new history entry; a browser that refuses keeps its URL. */
export function showFragment(fragment: string): void {
  if (window.location.hash === fragment) return;
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${fragment}`);
  } catch {
    // A sandboxed page may not change its URL; the copied link is what matters.
  }
}
