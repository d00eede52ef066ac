/**
 * A progress row per run, in job order: variant, seed, its epochs as a bar, and where it is
 * (waiting, running, finished, stopped early or failed with the reason, cancelled). In a
 * disclosure that opens when a study starts and stays as the user leaves it, so a study of
 * many runs does not push the table away, and a cancelled one still shows what ended.
 */
import { useState } from 'react';
import { useLab, type StudyRunView } from '../../store';
import { formatLoss } from './studyFormat';
import { epochsDone } from './studyStatus';

const STATE_WORDS: Record<StudyRunView['state'], string> = {
  waiting: 'waiting', running: 'running', finished: 'finished', diverged: 'diverged', stalled: 'stalled', failed: 'failed', cancelled: 'cancelled',
};

function where(run: StudyRunView): string {
  const last = run.history[run.history.length - 1];
  const loss = last?.trainLoss != null ? `, train loss ${formatLoss(last.trainLoss)}` : '';
  if (run.state === 'running') return `epoch ${run.history.length} of ${run.epochs}${loss}${run.attempt > 1 ? ' (second try: its worker crashed)' : ''}`;
  if (run.state === 'failed') return `failed: ${run.message ?? 'no reason given'}`;
  if (run.state === 'diverged' || run.state === 'stalled') return `${run.state} at epoch ${run.history.length}${run.message ? `: ${run.message}` : ''}`;
  if (run.state === 'finished') return `finished${loss}`;
  return STATE_WORDS[run.state];
}

/** The rows. */
export function StudyRunList() {
  const runs = useLab((s) => s.studyRuns);
  const running = useLab((s) => s.studyStatus === 'running');
  const [open, setOpen] = useState(running);
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    // A study that starts opens the rows; one that ends leaves them as they are.
    setWasRunning(running);
    if (running) setOpen(true);
  }
  if (runs.length === 0) return null;
  return (
    <details className="study-runs" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Runs ({runs.length})</summary>
      <ol className="study-run-rows" aria-label="Runs">
        {runs.map((run) => {
          const label = `${run.variant}, seed ${run.seed}`;
          const done = epochsDone(run);
          return (
            <li key={run.job} className={`study-run-row is-${run.state}`} data-testid="study-run-row">
              <span className="study-run-name">{run.variant}</span>
              <span className="study-run-seed">seed {run.seed}</span>
              <progress aria-label={`Progress of ${label}`} value={done} max={run.epochs} />
              <span className="study-run-where">{where(run)}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
