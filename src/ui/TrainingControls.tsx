/**
 * Play, Pause, Step and Reset, with the run's status in words. Each button is enabled only
 * where its action means something (Play while idle, paused or after an error; Pause while
 * running; Step while idle, paused or after an error; Reset once there is a run or a
 * history), and dispatches the training slice's action.
 */
import { labStore, useLab, type LabState, type TrainingStatus } from '../store';
import { selectExperiment, selectTrainingEpoch, selectTrainingStatus } from '../store/selectors';

const ICONS = {
  Play: 'M7 4.5v15l12-7.5Z',
  Pause: 'M7 5h3.5v14H7ZM13.5 5H17v14h-3.5Z',
  Step: 'M5 4.5v15l10-7.5ZM16.5 5H19v14h-2.5Z',
  Reset: 'M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 4v4h4',
} as const;

type Action = keyof typeof ICONS;

/** The store action behind each button (read at click time: actions never change). */
const ACTION: Record<Action, keyof Pick<LabState, 'playTraining' | 'pauseTraining' | 'stepTraining' | 'resetTraining'>> = {
  Play: 'playTraining',
  Pause: 'pauseTraining',
  Step: 'stepTraining',
  Reset: 'resetTraining',
};

const STATUS_TEXT: Record<TrainingStatus, string> = {
  idle: 'Ready to train',
  running: 'Training…',
  paused: 'Paused',
  finished: 'Finished',
  diverged: 'Diverged: paused',
  stalled: 'Stalled: paused',
  error: 'Stopped',
};

/** Which buttons a status enables. */
function enabledActions(status: TrainingStatus, trained: boolean): Record<Action, boolean> {
  const startable = status === 'idle' || status === 'error';
  return {
    Play: startable || status === 'paused',
    Pause: status === 'running',
    Step: startable || status === 'paused',
    Reset: status !== 'idle' || trained,
  };
}

/** The run's buttons and status line. */
export function TrainingControls() {
  const status = useLab(selectTrainingStatus);
  const trained = useLab((s) => selectTrainingEpoch(s) > 0);
  const hasExperiment = useLab((s) => selectExperiment(s) !== null);
  const enabled = enabledActions(status, trained);
  const words = status === 'idle' && trained ? 'Stopped' : STATUS_TEXT[status];
  return (
    <>
      <div className="run-buttons" role="group" aria-label="Training run">
        {(Object.keys(ICONS) as Action[]).map((action) => (
          <button
            key={action}
            type="button"
            className={`run-button run-button--${action.toLowerCase()}`}
            aria-label={action}
            disabled={!hasExperiment || !enabled[action]}
            onClick={() => void labStore.getState()[ACTION[action]]()}
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
              <path d={ICONS[action]} />
            </svg>
            {action}
          </button>
        ))}
      </div>
      <p className={`run-status run-status--${status}`} aria-live="polite" data-testid="training-status">
        <span className="status-dot" aria-hidden="true" />
        {words}
      </p>
    </>
  );
}
