/**
 * How many threads training may use (the training worker and its helpers), beside the
 * training settings. Not part of the experiment: the same file trains to the same bits on
 * any number of threads, so this only changes the speed. It stays enabled while a run runs
 * (the next epoch takes it). Said plainly when the current settings train on one thread
 * whatever is chosen, and why.
 */
import { useId } from 'react';
import { useLab } from '../store';
import { selectExperiment } from '../store/selectors';
import { availableThreads } from '../store/trainingSlice';
import { oneThreadReason } from '../model/shareable';

export function ThreadsField() {
  const threads = useLab((s) => s.trainingThreads);
  const setThreads = useLab((s) => s.setTrainingThreads);
  const why = useLab((s) => {
    const e = selectExperiment(s);
    return e ? oneThreadReason(e) : null;
  });
  const noteId = useId();
  const available = availableThreads();
  if (available <= 1) return null;
  const choices = Array.from({ length: available }, (_, i) => i + 1);
  return (
    <>
      <label className="setting-row">
        <span>Threads</span>
        <select aria-label="Threads" aria-describedby={noteId} value={Math.min(threads, available)} onChange={(e) => void setThreads(Number(e.target.value))}>
          {choices.map((n) => <option key={n} value={n}>{n === available ? `${n} (every core)` : String(n)}</option>)}
        </select>
      </label>
      <p id={noteId} className="card-note" data-testid="threads-note">
        {why === null ? 'Each batch is shared out over the threads; the results are the same, bit for bit.' : `This run trains on one thread whatever is chosen: ${why}.`}
      </p>
    </>
  );
}
