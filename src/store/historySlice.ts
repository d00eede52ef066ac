/**
 * Undo and redo over the serialized experiment, after Quirk's `Revision`: each history entry
 * is the canonical JSON text of a committed experiment (docs/spec.md §2), and undo or redo makes the
 * current experiment the one parsed back from the chosen entry. Only commits are recorded
 * (an edit dropped in place, an inspector change, a loaded preset or file); a drag's preview
 * never is (Crumble's `commit_or_preview`). The history keeps at most {@link MAX_REVISIONS}
 * entries, dropping the oldest. Each entry remembers which document it belongs to, so that
 * stepping back over a loaded preset counts as changing documents (`documentId`), which
 * resets a training run instead of updating it.
 *
 * The data is kept once, not once per entry: an entry holds its text in three parts, the text
 * before the `data` block's value, the value, and the text after it, and entries whose values
 * are equal hold the same string. Twenty edits of the model of a 3 MB CSV keep one copy of
 * the CSV, not twenty. {@link revisionText} gives an entry's text back, exactly.
 */
import { parseAnyExperimentText } from '../model/parse';
import type { HistorySlice, LabSlice, LabState, Revision } from './types';

/**
 * Entries kept: enough for a long editing session. Entries share their data, so what they
 * cost is their texts without the data (a few kilobytes each) plus each distinct data block
 * once.
 */
export const MAX_REVISIONS = 100;

/** An entry's canonical text. */
export function revisionText(entry: Revision): string {
  return entry.head + entry.data + entry.tail;
}

/** True if `entry` holds `text` (compared in place, without joining the entry's parts). */
function holds(entry: Revision, text: string): boolean {
  return text.length === entry.head.length + entry.data.length + entry.tail.length
    && text.startsWith(entry.head) && text.startsWith(entry.data, entry.head.length) && text.endsWith(entry.tail);
}

/** The key of the top-level `data` field: `serializeExperiment` indents by two spaces, and escapes every newline inside a string. */
const DATA_KEY = '\n  "data": ';

/**
 * Where the value of the top-level `data` field lies in a canonical text: from its key to the
 * next line indented by two spaces (the next field, `,\n  "`) or the closing brace (`\n}`);
 * the value's own lines are indented further. `null` for a text without one.
 */
function dataBounds(text: string): { start: number; end: number } | null {
  const key = text.indexOf(DATA_KEY);
  if (key < 0) return null;
  const start = key + DATA_KEY.length;
  const next = text.indexOf(',\n  "', start);
  const end = next >= 0 ? next : text.indexOf('\n}', start);
  return end >= 0 ? { start, end } : null;
}

/**
 * A copy of part of `text` that does not keep `text` alive: engines may keep a slice as a
 * view into the whole string, and then every entry would hold its full text again.
 */
const copyOf = (text: string, start: number, end?: number): string => structuredClone(text.slice(start, end));

/** `text` as an entry of `document`; its data is the string of an entry in `revisions` when it is equal to it. */
function toRevision(text: string, document: number, revisions: readonly Revision[]): Revision {
  const bounds = dataBounds(text);
  if (!bounds) return { head: text, data: '', tail: '', document };
  const value = text.slice(bounds.start, bounds.end);
  const data = [...new Set(revisions.map((r) => r.data))].find((kept) => kept === value);
  return { head: copyOf(text, 0, bounds.start), data: data ?? copyOf(text, bounds.start, bounds.end), tail: copyOf(text, bounds.end), document };
}

/** `revisions` up to `revision`, plus `text` as an entry of `document`, trimmed to the newest {@link MAX_REVISIONS}. */
function appendRevision(revisions: readonly Revision[], revision: number, text: string, document: number): Revision[] {
  const before = revisions.slice(0, revision + 1);
  const kept = [...before, toRevision(text, document, before)];
  return kept.length > MAX_REVISIONS ? kept.slice(kept.length - MAX_REVISIONS) : kept;
}

/** The state that makes entry `index` current, or `null` if its text does not parse. */
function restore(state: LabState, index: number): Partial<LabState> | null {
  const entry = state.revisions[index];
  if (!entry) return null;
  const text = revisionText(entry);
  const parsed = parseAnyExperimentText(text);
  if (!parsed.ok) return null;
  return { experiment: parsed.experiment, experimentText: text, revision: index, preview: null, documentId: entry.document };
}

/** Creates the history slice. */
export const createHistorySlice: LabSlice<HistorySlice> = (set, get) => ({
  revisions: [],
  revision: -1,
  recordRevision(text, document) {
    const { revisions, revision } = get();
    const current = revisions[revision];
    if (current && holds(current, text)) {
      if (current.document !== document) set({ revisions: revisions.map((r, i) => (i === revision ? { ...r, document } : r)) });
      return;
    }
    const next = appendRevision(revisions, revision, text, document);
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
