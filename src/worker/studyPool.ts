/**
 * A study on the page's worker pool (docs/spec.md §8; `workerPool.ts`): every run of the
 * study file goes to the pool as one task, by its index in the study's fixed job order, and
 * each worker runs it with the command line's own code (`src/study/runJob.ts`), so a run's
 * history is `qrnn study`'s bit for bit, apart from `seconds`. Epochs are reported as they
 * come; a run whose worker crashed twice, or that threw twice, is a failed run named by its
 * label, as on the command line; Cancel terminates every worker.
 *
 * The summary is the command line's (`src/study/summary.ts`, plain arithmetic over the
 * results), so the page's table and CSV equal `qrnn study --json`'s `summary`.
 */
import { executionsToReach, meanStd, summarize } from '../study/summary';
import type { PoolTask } from './poolProtocol';
import type { PlannedJob, StudyEpoch, StudyOutcome, StudyRunResult } from './studyProtocol';
import { defaultPoolSize, runPoolBatch, type PoolWorker, type TaskOutcome } from './workerPool';

export { defaultPoolSize, executionsToReach, meanStd, summarize };

/** What the page hears while a study runs. */
export interface StudyListener {
  /** Run `job` went to a worker (`attempt` 2 after a crash). */
  started?(job: number, attempt: number): void;
  epoch?(job: number, epoch: StudyEpoch, epochs: number): void;
  /** Run `job` ended: finished, stopped early, or failed. */
  done?(job: number, result: StudyRunResult): void;
}

export interface StudyPoolOptions {
  /** Workers at once (default {@link defaultPoolSize}). */
  size?: number;
  /** Starts a pool worker (default: `pool.worker.ts` as a module worker). */
  createWorker?: (name: string) => PoolWorker;
  locks?: Pick<LockManager, 'request'> | null;
}

/** A study in flight. */
export interface StudyRun {
  /** Every run in job order and the summary; rejects with a `CancelledError` after `cancel()`. */
  outcome: Promise<StudyOutcome>;
  /**
   * Terminates every worker; returns the runs that had ended, in job order, with their
   * summary (`null` when none had, or the study had already ended).
   */
  cancel(): StudyOutcome | null;
}

/** A failed run as `qrnn study` reports it: its label, no history, the reason. */
function failedRun(job: PlannedJob, message: string): StudyRunResult {
  return { variant: job.variant, kind: job.kind, seed: job.seed, parameters: job.parameters, history: [], status: 'failed', message };
}

const resultOf = (job: PlannedJob, outcome: TaskOutcome): StudyRunResult =>
  (outcome.ok ? (outcome.value as StudyRunResult) : failedRun(job, outcome.message));

/** Runs every job of the study in `fileText` (planned as `jobs`) on the pool. */
export function runStudyInPool(fileText: string, jobs: readonly PlannedJob[], listener: StudyListener = {}, options: StudyPoolOptions = {}): StudyRun {
  const tasks: PoolTask[] = jobs.map((_, job) => ({ kind: 'study-run', fileText, job }));
  const ended: (StudyRunResult | undefined)[] = new Array(jobs.length);
  const batch = runPoolBatch(tasks, {
    size: Math.min(options.size ?? defaultPoolSize(), Math.max(1, jobs.length)),
    createWorker: options.createWorker,
    locks: options.locks,
  }, {
    started: (job, attempt) => listener.started?.(job, attempt),
    progress: (job, progress) => listener.epoch?.(job, progress.epoch, progress.epochs),
    done: (job, outcome) => {
      ended[job] = resultOf(jobs[job], outcome);
      listener.done?.(job, ended[job]);
    },
  });
  const outcome = batch.results.then((outcomes) => {
    const runs = outcomes.map((o, job) => resultOf(jobs[job], o));
    return { runs, summary: summarize(runs) };
  });
  return {
    outcome,
    cancel() {
      if (!batch.cancel()) return null;
      const runs = ended.filter((r): r is StudyRunResult => r !== undefined);
      return runs.length > 0 ? { runs, summary: summarize(runs) } : null;
    },
  };
}
