/**
 * Connects the training slice to the worker and to the document: attaches the worker API,
 * resets the run when a new experiment is loaded (a preset or a file is a new document),
 * and sends an edit of the current experiment to a paused, diverged or finished run, where
 * it takes effect on resume. A run still running is paused first, then updated.
 */
import type { LabStore, TrainingApi } from '../store';

/** Starts following `store`; returns a function that stops. */
export function connectTraining(store: LabStore, api: TrainingApi): () => void {
  store.getState().attachTrainingApi(api);
  return store.subscribe((state, previous) => {
    if (state.documentId !== previous.documentId) {
      void state.resetTraining();
      return;
    }
    if (state.experimentText === previous.experimentText || state.experimentText === null) return;
    if (state.trainingStatus === 'running') void state.pauseTraining().then(() => store.getState().updateTrainingSettings());
    else void state.updateTrainingSettings();
  });
}
