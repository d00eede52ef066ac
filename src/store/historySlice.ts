/**
 * Undo and redo over the serialized experiment, after Quirk's `Revision`: each history entry
 * is the canonical JSON text of a committed experiment (docs/spec.md §2), and undo or redo makes the
 * current experiment the one parsed back from the chosen entry. Only commits are recorded
 * (an edit dropped in place, an inspector change, a loaded preset or file); a drag's preview
 * never is (Crumble's `commit_or_preview`). The history keeps at most {@link MAX_REVISIONS}
 * entries, dropping the oldest. Each entry remembers which document it belongs to, so that
 * stepping back over a loaded preset counts as changing documents (`documentId`), which
 * resets a training run instead of updating it.
 */
import { parseExperimentText } from '../model/parse';
import type { HistorySlice, LabSlice, LabState, Revision } from './types';

/**
 * Entries kept: enough for a long editing session; a generated experiment's text is a few
 * kilobytes, a CSV experiment's can be a few hundred, so 100 entries stay well under 50 MB.
 */
export const MAX_REVISIONS = 100;

/** `revisions` up to `revision`, plus `entry`, trimmed to the newest {@link MAX_REVISIONS}. */
function appendRevision(revisions: readonly Revision[], revision: number, entry: Revision): Revision[] {
  const kept = [...revisions.slice(0, revision + 1), entry];
  return kept.length > MAX_REVISIONS ? kept.slice(kept.length - MAX_REVISIONS) : kept;
}

/** The state that makes entry `index` current, or `null` if its text does not parse. */
function restore(state: LabState, index: number): Partial<LabState> | null {
  const entry = state.revisions[index];
  const parsed = entry ? parseExperimentText(entry.text) : null;
  if (!entry || !parsed?.ok) return null;
  return { experiment: parsed.experiment, experimentText: entry.text, revision: index, preview: null, documentId: entry.document };
}

/** Creates the history slice. */
export const createHistorySlice: LabSlice<HistorySlice> = (set, get) => ({
  revisions: [],
  revision: -1,
  recordRevision(text, document) {
    const { revisions, revision } = get();
    if (revisions[revision]?.text === text) {
      if (revisions[revision].document !== document) set({ revisions: revisions.map((r, i) => (i === revision ? { text, document } : r)) });
      return;
    }
    const next = appendRevision(revisions, revision, { text, document });
    set({ revisions: next, revision: next.length - 1 });
  },
  undo() {
    const next = restore(get(), get().revision - 1);
    if (next) set(next);
    return next !== null;
  },
  redo() {
    const next = restore(get(), get().revision + 1);
    if (next) set(next);
    return next !== null;
  },
});
