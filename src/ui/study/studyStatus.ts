/**
 * The Studies view's status line, a pure function of the slice: what is ready to run (runs,
 * workers), the progress of a run in runs and epochs, how it ended, and a note when the
 * experiment changed since the runs shown were computed.
 */
import { plural } from '../../text/plural';
import type { StudyRunView, StudyStatus } from '../../store';

export interface StudyStatusInput {
  status: StudyStatus;
  /** Runs planned (from the plan), or `null` before the worker answered. */
  planned: number | null;
  runs: readonly StudyRunView[];
  workers: number;
  error: string | null;
  /** The runs shown were computed from another text of the experiment. */
  stale: boolean;
}

const ENDED = new Set(['finished', 'diverged', 'stalled', 'failed']);

/**
 * A run's epochs for the progress bars: those it has run while it waits, runs or was
 * cancelled; all it planned once it has ended (a run stopped early or failed has nothing
 * left to do).
 */
export const epochsDone = (run: StudyRunView): number => (ENDED.has(run.state) ? run.epochs : run.history.length);

/** The status line. */
export function studyStatusText({ status, planned, runs, workers, error, stale }: StudyStatusInput): string {
  const total = runs.length || planned || 0;
  const ended = runs.filter((r) => ENDED.has(r.state)).length;
  const failed = runs.filter((r) => r.state === 'failed').length;
  const stopped = runs.filter((r) => r.state === 'diverged' || r.state === 'stalled').length;
  const epochs = runs.reduce((s, r) => s + r.history.length, 0);
  const planEpochs = runs.reduce((s, r) => s + r.epochs, 0);
  const on = plural(workers, 'worker');
  const notes = [failed ? `${failed} failed` : '', stopped ? `${stopped} stopped early` : ''].filter(Boolean).join(', ');
  const tail = stale ? ' The study was edited since: Run study again to update.' : '';
  switch (status) {
    case 'idle':
      return planned === null ? 'Reading the study…' : `Ready: ${plural(planned, 'run')} on up to ${on}. Results are not kept in the file or the link: Run study computes them, the same every time.`;
    case 'running':
      return `Running on ${on}: ${ended} of ${plural(total, 'run')} done, ${epochs} of ${plural(planEpochs, 'epoch')}.`;
    case 'done':
      return `Done: ${plural(total, 'run')}${notes ? ` (${notes})` : ''}.${tail}`;
    case 'cancelled':
      return `Cancelled after ${ended} of ${plural(total, 'run')}${ended > 0 ? '; the table is over the finished ones' : ''}.${tail}`;
    case 'error':
      return error ?? 'The study failed.';
  }
}
