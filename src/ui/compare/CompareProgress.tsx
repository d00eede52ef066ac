/**
 * The comparison's progress: a progress bar fed by the worker's per-configuration reports,
 * and its status in words (running, done, cancelled, failed; `compareStatus.ts`) in a polite
 * live region.
 */
import { useLab } from '../../store';
import { compareStatusText } from './compareStatus';

/** The bar and the status line. */
export function CompareProgress() {
  const status = useLab((s) => s.compareStatus);
  const progress = useLab((s) => s.compareProgress);
  const error = useLab((s) => s.compareError);
  const kept = useLab((s) => (s.compareStatus === 'cancelled' ? s.comparison?.points.length ?? 0 : 0));
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const words = compareStatusText(status, progress, error, kept);
  return (
    <div className="compare-progress">
      <progress aria-label="Comparison progress" max={Math.max(total, 1)} value={status === 'done' ? Math.max(total, 1) : done} data-status={status} />
      <p className={status === 'error' ? 'compare-status is-error' : 'compare-status'} role="status" data-testid="compare-status">{words}</p>
    </div>
  );
}
