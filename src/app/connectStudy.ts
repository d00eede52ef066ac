/**
 * Connects the study slice to the workers and to the document: attaches the study API (the
 * plan on the lab's data lane, the runs on the worker pool); a new document (a preset, a
 * file, a link, an undo across documents) clears the runs, takes its study's initial axis
 * and opens the Studies view when it has a study; while the view is open, every change of
 * the experiment asks the worker for the plan of its study again (debounced), so the run
 * list and the parameter counts follow the edits.
 */
import type { LabStore, StudyApi } from '../store';

/** Milliseconds after the last edit before the plan is asked for again. */
export const STUDY_PLAN_DEBOUNCE_MS = 200;

/** Starts following `store`; returns a function that stops. */
export function connectStudy(store: LabStore, api: StudyApi, debounceMs = STUDY_PLAN_DEBOUNCE_MS): () => void {
  store.getState().attachStudyApi(api);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const askPlan = () => {
    timer = null;
    const { experimentText: text, experiment, studyOpen, studyPlanText } = store.getState();
    if (!studyOpen || text === null || !experiment?.study || studyPlanText === text) return;
    void api.plan(text).then(
      (reply) => { if (store.getState().experimentText === text) store.getState().studyPlanned(text, reply); },
      () => undefined,
    );
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(askPlan, debounceMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.documentId !== previous.documentId) state.studyDocumentLoaded(state.experiment?.study);
    if (state.studyOpen && (state.experimentText !== previous.experimentText || !previous.studyOpen)) schedule();
  });
  if (store.getState().experiment) {
    store.getState().studyDocumentLoaded(store.getState().experiment?.study);
    schedule();
  }
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
