/**
 * The comparison's progress: a progress bar fed by the worker's per-configuration reports,
 * and its status in words (running, done, cancelled, failed) in a polite live region.
 */
import { useLab } from '../../store';

/** The bar and the status line. */
export function CompareProgress() {
  const status = useLab((s) => s.compareStatus);
  const progress = useLab((s) => s.compareProgress);
  const error = useLab((s) => s.compareError);
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const words = {
    idle: 'Not run yet: choose the settings and press Run comparison.',
    running: total > 0 ? `Running in a worker of its own: ${done} of ${total} configurations done.` : 'Starting the comparison worker…',
    done: `Done: ${total} configurations.`,
    cancelled: `Cancelled after ${done} of ${total} configurations.`,
    error: error ?? 'The comparison failed.',
  }[status];
  return (
    <div className="compare-progress">
      <progress aria-label="Comparison progress" max={Math.max(total, 1)} value={status === 'done' ? Math.max(total, 1) : done} data-status={status} />
      <p className={status === 'error' ? 'compare-status is-error' : 'compare-status'} role="status" data-testid="compare-status">{words}</p>
    </div>
  );
}
