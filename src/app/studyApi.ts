/**
 * The study slice's API (`StudyApi`): the plan on the lab's data lane, the runs on the
 * page's worker pool. The pool's code is imported on the first run, not with the page, so
 * the JavaScript sent before first paint does not carry it; a Cancel that comes while it
 * loads stops the study before any worker starts.
 */
import type { StudyApi } from '../store';
import type { LabApi } from '../worker/protocol';

/** A Cancel before the pool had loaded. */
function cancelled(): Error {
  const error = new Error('The computation was cancelled.');
  error.name = 'CancelledError';
  return error;
}

/** Builds the API from the lab's client (for the plan). */
export function createStudyApi(lab: Pick<LabApi, 'planStudy'>, load = () => import('../worker/studyPool')): StudyApi {
  return {
    plan: (text) => lab.planStudy(text),
    run(text, jobs, listener) {
      let stop: (() => ReturnType<ReturnType<StudyApi['run']>['cancel']>) | null = null;
      let stopped = false;
      const outcome = load().then((pool) => {
        if (stopped) throw cancelled();
        const run = pool.runStudyInPool(text, jobs, listener);
        stop = run.cancel;
        return run.outcome;
      });
      return {
        outcome,
        cancel() {
          stopped = true;
          return stop?.() ?? null;
        },
      };
    },
  };
}
