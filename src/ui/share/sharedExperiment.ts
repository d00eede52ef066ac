/**
 * The experiment as Share, Save file and Export hand it out: the current experiment with its
 * current parameters, which after training are the run's (the latest report's, or those of
 * a run restored from the autosave), not the values the file was opened with. Only
 * parameters the experiment declares are taken from the run.
 */
import { serializeExperiment } from '../../model/serialize';
import type { AnyExperiment } from '../../model/types';
import type { LabState } from '../../store';

/** The run's parameters, if a run (live or restored) has reported any. */
function trainedParams(state: LabState): Readonly<Record<string, number>> | null {
  return state.trainingReport?.params ?? state.restoredRun?.params ?? null;
}

/** `experiment` with the values in `params` for the parameters it declares. */
export function withParams<E extends AnyExperiment>(experiment: E, params: Readonly<Record<string, number>> | null): E {
  if (!params) return experiment;
  const next: Record<string, number> = {};
  for (const [name, value] of Object.entries(experiment.params)) next[name] = Object.prototype.hasOwnProperty.call(params, name) && Number.isFinite(params[name]) ? params[name] : value;
  return { ...experiment, params: next };
}

/** The current experiment with its current (possibly trained) parameters, or `null` before one is open. */
export function experimentToShare(state: LabState): AnyExperiment | null {
  return state.experiment ? withParams(state.experiment, trainedParams(state)) : null;
}

/** Its canonical text (docs/spec.md §2), as Save file writes it. */
export function experimentTextToShare(state: LabState): string | null {
  const experiment = experimentToShare(state);
  return experiment ? serializeExperiment(experiment) : null;
}
