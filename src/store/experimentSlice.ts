/**
 * The experiment slice: holds the current experiment and its canonical text, and loads new
 * text through the model's parser. A refused text never replaces the current experiment
 * (DESIGN 1: "a bad link or file leaves it untouched"); its reasons go to `loadError`.
 */
import { parseExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import type { FieldError, ParseResult } from '../model/types';
import type { ExperimentSlice, LabSlice } from './types';

function describeRefusal(source: string, errors: FieldError[]): string {
  const first = errors[0];
  const reason = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'it is not an experiment file';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${source} was not loaded: ${reason}${more}.`;
}

/** The parser promises not to throw; this keeps that promise at the UI's edge regardless. */
function safeParse(text: string): ParseResult {
  try {
    return parseExperimentText(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** Creates the experiment slice. */
export const createExperimentSlice: LabSlice<ExperimentSlice> = (set) => ({
  experiment: null,
  experimentText: null,
  loadError: null,
  documentId: 0,
  loadExperimentText(text, source = 'The experiment') {
    const parsed = safeParse(text);
    if (!parsed.ok) {
      set({ loadError: { source, message: describeRefusal(source, parsed.errors), errors: parsed.errors } });
      return false;
    }
    set((state) => ({ experiment: parsed.experiment, experimentText: serializeExperiment(parsed.experiment), loadError: null, documentId: state.documentId + 1 }));
    return true;
  },
  reportLoadFailure(source, message) {
    set({ loadError: { source, message: `${source} was not loaded: ${message}`, errors: [] } });
  },
  dismissLoadError() {
    set({ loadError: null });
  },
});
