/**
 * Commits an edit that may change the model's kind (the switch, a QLSTM's sizes): the store
 * checks the would-be experiment with the parser and records it; a refusal changes nothing
 * and comes back in words, naming the field, for the control to show beside itself.
 */
import { parseAnyExperimentText } from '../../model/parse';
import { serializeExperiment } from '../../model/serialize';
import type { AnyExperiment } from '../../model/types';
import { labStore } from '../../store';

/** Commits `edit` of the current experiment; `null` when accepted, else the reason. */
export function commitDocument(edit: (experiment: AnyExperiment) => AnyExperiment | Promise<AnyExperiment>): Promise<string | null> | string | null {
  const experiment = labStore.getState().experiment;
  if (!experiment) return 'Open an experiment first.';
  const next = edit(experiment);
  const commit = (candidate: AnyExperiment) => {
    const result = labStore.getState().commitExperiment(candidate);
    if (result.ok) return null;
    const first = result.errors[0];
    return first ? `${first.path ? `${first.path}: ` : ''}${first.message}.` : result.message;
  };
  return next instanceof Promise ? next.then(commit) : commit(next);
}

/**
 * Opens `candidate` as a new document (the model-kind switch): checked by the parser first, so
 * a refusal comes back in words and changes nothing; accepted, it ends the current run, as a
 * preset does (a run of a QRNN cannot go on as a QLSTM's), and Undo brings the old one back.
 */
export function openAsDocument(candidate: AnyExperiment, source: string): string | null {
  const text = serializeExperiment(candidate);
  const parsed = parseAnyExperimentText(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return first ? `${first.path ? `${first.path}: ` : ''}${first.message}.` : 'it is not a valid experiment.';
  }
  return labStore.getState().loadExperimentText(text, source) ? null : 'it was refused.';
}
