/**
 * The experiment slice: holds the current experiment and its canonical text, loads new text
 * through the model's parser, and takes the editor's edits along one path with two ends, as
 * Crumble's `commit_or_preview`: `previewExperiment` checks a would-be experiment and shows
 * it without touching the current one, `commitExperiment` checks it and makes it current.
 * A refused text or edit never replaces the current experiment (docs/user-guide.md §14: "a bad link or
 * file leaves it untouched"); a refused load's reasons go to `loadError`, a refused edit's
 * back to the caller. Every load and every commit is recorded in the history slice.
 */
import { parseAnyExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import { isQlstmExperiment, type AnyExperiment, type AnyParseResult, type FieldError } from '../model/types';
import type { ExperimentSlice, LabSlice } from './types';

function describeRefusal(source: string, errors: FieldError[]): string {
  const first = errors[0];
  const reason = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'it is not an experiment file';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${source} was not loaded: ${reason}${more}.`;
}

/** A refused edit in one sentence: the parser's first reason, then the field it names. */
function describeEditRefusal(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return 'The edit was refused.';
  const more = errors.length > 1 ? `; and ${errors.length - 1} more` : '';
  const message = first.message.charAt(0).toUpperCase() + first.message.slice(1);
  return `${message}${first.path ? ` (${first.path}${more})` : ''}.`;
}

/** The parser promises not to throw; this keeps that promise at the UI's edge regardless. */
function safeParse(text: string): AnyParseResult {
  try {
    return parseAnyExperimentText(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}

type Checked = { ok: true; experiment: AnyExperiment; text: string } | { ok: false; errors: FieldError[] };

/** Checks a would-be experiment as a file would be checked: serialized, parsed, serialized again. */
function check(candidate: AnyExperiment): Checked {
  let text: string;
  try {
    text = serializeExperiment(candidate);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
  const parsed = safeParse(text);
  if (!parsed.ok) return parsed;
  return { ok: true, experiment: parsed.experiment, text: serializeExperiment(parsed.experiment) };
}

/** Creates the experiment slice. */
export const createExperimentSlice: LabSlice<ExperimentSlice> = (set, get) => ({
  experiment: null,
  experimentText: null,
  loadError: null,
  documentId: 0,
  preview: null,
  loadExperimentText(text, source = 'The experiment') {
    const parsed = safeParse(text);
    if (!parsed.ok) {
      set({ loadError: { source, message: describeRefusal(source, parsed.errors), errors: parsed.errors } });
      return false;
    }
    const canonical = serializeExperiment(parsed.experiment);
    const documentId = get().documentId + 1;
    set({ experiment: parsed.experiment, experimentText: canonical, loadError: null, documentId, preview: null });
    get().recordRevision(canonical, documentId);
    return true;
  },
  reportLoadFailure(source, message) {
    set({ loadError: { source, message: `${source} was not loaded: ${message}`, errors: [] } });
  },
  dismissLoadError() {
    set({ loadError: null });
  },
  commitExperiment(candidate) {
    if (get().experiment === null) return { ok: false, errors: [], message: 'No experiment is open yet.' };
    const checked = check(candidate);
    if (!checked.ok) return { ok: false, errors: checked.errors, message: describeEditRefusal(checked.errors) };
    if (checked.text === get().experimentText) {
      set({ preview: null });
      return { ok: true, changed: false };
    }
    set({ experiment: checked.experiment, experimentText: checked.text, preview: null });
    get().recordRevision(checked.text, get().documentId);
    return { ok: true, changed: true };
  },
  previewExperiment(candidate, focus) {
    if (candidate === null) {
      if (get().preview !== null) set({ preview: null });
      return;
    }
    const checked = check(candidate);
    const refusal = checked.ok ? null : describeEditRefusal(checked.errors);
    set({ preview: { experiment: checked.ok && !isQlstmExperiment(checked.experiment) ? checked.experiment : candidate, refusal, gate: focus?.gate ?? null, column: focus?.column ?? null } });
  },
});
