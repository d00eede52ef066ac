/**
 * Run study and Cancel, with the status in words (a polite live region) and a progress bar
 * over every planned epoch of every run; Share, as in the top bar (which the open view
 * covers): the link carries the study, so it opens this view, ready to run the same runs.
 */
import { labStore, useLab } from '../../store';
import { defaultPoolSize } from '../../worker/studyPool';
import { ShareButton } from '../share/ShareButton';
import { epochsDone, studyStatusText } from './studyStatus';

const WORKERS = defaultPoolSize();

/** The bar. */
export function StudyRunBar() {
  const status = useLab((s) => s.studyStatus);
  const runs = useLab((s) => s.studyRuns);
  const planned = useLab((s) => s.studyPlan?.length ?? null);
  const planError = useLab((s) => s.studyPlanError);
  const error = useLab((s) => s.studyError);
  const stale = useLab((s) => s.studyResultText !== null && s.studyResultText !== s.experimentText);
  const running = status === 'running';
  const done = runs.reduce((sum, r) => sum + epochsDone(r), 0);
  const total = runs.reduce((sum, r) => sum + r.epochs, 0);
  const workers = Math.min(WORKERS, Math.max(1, runs.length || planned || 1));
  const text = planError && status === 'idle' ? `The study cannot run: ${planError}.` : studyStatusText({ status, planned, runs, workers, error, stale });
  return (
    <div className="study-run-bar">
      <div className="study-run-actions">
        <button type="button" className="bar-button bar-button--primary" aria-label="Run study" disabled={running || planError !== null} onClick={() => void labStore.getState().runStudy()}>
          <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"><path d="M7 5l12 7-12 7z" /></svg>
          Run study
        </button>
        {running && <button type="button" className="bar-button bar-button--danger" aria-label="Cancel" onClick={() => labStore.getState().cancelStudy()}>Cancel</button>}
      </div>
      {total > 0 && <progress className="study-progress" aria-label="Study progress" value={done} max={total} />}
      <div className="study-share"><ShareButton /></div>
      <p className={`study-status${status === 'error' || (planError && status === 'idle') ? ' is-error' : ''}`} role="status" aria-live="polite" data-testid="study-status">{text}</p>
    </div>
  );
}
