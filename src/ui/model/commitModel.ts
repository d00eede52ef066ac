/**
 * Where the Model and Data panels' edits meet the store: the would-be experiment goes through
 * the store's commit, which checks it with the parser and records it in the history; a
 * refusal changes nothing and comes back in words for the panel to show beside its control.
 */
import type { Experiment } from '../../model/types';
import { labStore } from '../../store';
import { selectQrnn } from '../../store/selectors';

/** Commits `edit` of the current experiment; returns `null` when accepted, else the reason. */
export function commitModelEdit(edit: (experiment: Experiment) => Experiment): string | null {
  const experiment = selectQrnn(labStore.getState());
  if (!experiment) return 'Open an experiment first.';
  const result = labStore.getState().commitExperiment(edit(experiment));
  if (result.ok) return null;
  const first = result.errors[0];
  return first ? `${first.path ? `${first.path}: ` : ''}${first.message}.` : result.message;
}
