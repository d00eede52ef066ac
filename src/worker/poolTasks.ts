/**
 * What a pool worker does with a task (`poolProtocol.ts`): a study run, the same code that
 * `qrnn study`'s worker threads run (`src/study/runJob.ts`), or one configuration of the
 * method comparison (`teaching.ts`). Plain functions without `postMessage`, so unit tests run
 * them in-thread.
 */
import { parseExperimentText } from '../model/parse';
import { runStudyJob } from '../study/runJob';
import { studyJobs, type StudyJob } from '../study/runs';
import type { PoolTask, PoolTaskProgress, PoolTaskValue } from './poolProtocol';
import { compareConfiguration } from './teaching';

/** The jobs of the last study file seen: a worker runs several jobs of one file in a row. */
let cached: { fileText: string; jobs: StudyJob[] } | null = null;

/** The jobs of the study in `fileText`, in the study's fixed order. Throws for a file without a valid study. */
export function studyJobsOf(fileText: string): StudyJob[] {
  if (cached?.fileText === fileText) return cached.jobs;
  const parsed = parseExperimentText(fileText);
  if (!parsed.ok) throw new Error(`the study file was refused: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  if (!parsed.experiment.study) throw new Error('the file has no study block');
  cached = { fileText, jobs: studyJobs(parsed.experiment, parsed.experiment.study) };
  return cached.jobs;
}

/** Runs `task`, reporting progress inside it; throws only for a task that cannot start. */
export function runPoolTask(task: PoolTask, progress: (progress: PoolTaskProgress) => void, now: () => number = () => performance.now()): PoolTaskValue {
  if (task.kind === 'study-run') {
    const job = studyJobsOf(task.fileText)[task.job];
    if (!job) throw new Error(`the study has no run ${task.job}`);
    return runStudyJob(job, now, (epoch, epochs) => progress({ kind: 'epoch', epoch, epochs }));
  }
  return compareConfiguration(task.experimentJson, task.options, task.config);
}
