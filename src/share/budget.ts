/**
 * How long a share link may be before the lab warns or offers a file instead
 * (docs/sharing.md §1). The thresholds are heuristics: links under about
 * 2,000 characters fit chat apps and learning-platform fields (every preset is under it);
 * above 8 KB some tools cut links; above 32 KB, below the smallest limit reported for a
 * major browser (about 64 KB in Firefox), a file is the reliable way to share.
 */

/** The budget bounds, in characters of the whole link (origin, path and fragment). */
export const LINK_BUDGET = {
  /** Below this a link is comfortably short. */
  short: 2_000,
  /** Above this the lab warns that some tools may cut the link. */
  warn: 8_192,
  /** Above this the lab offers the experiment file instead. */
  file: 32_768,
} as const;

/**
 * - `ok`: under 2,000 characters;
 * - `long`: up to 8 KB, still fine (a gentle note);
 * - `too-long`: over 8 KB, a warning;
 * - `file-instead`: over 32 KB, offer the file.
 */
export type LinkBudget = 'ok' | 'long' | 'too-long' | 'file-instead';

/** The budget class of a link of `length` characters. */
export function linkBudget(length: number): LinkBudget {
  if (length < LINK_BUDGET.short) return 'ok';
  if (length <= LINK_BUDGET.warn) return 'long';
  if (length <= LINK_BUDGET.file) return 'too-long';
  return 'file-instead';
}
