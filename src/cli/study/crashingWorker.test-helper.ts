/**
 * A study worker for the pool's tests: it runs jobs like the real one, except that the job
 * named by the file's `crashJob` kills the thread (before any report) the first `crashTimes`
 * times it is handed out, counted across threads in a file named by `crashCounter`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseExperimentText } from '../../model/parse';
import { runStudyJob } from '../../study/runJob';
import { studyJobs } from '../../study/runs';
import type { ToWorker, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;
const parsed = parseExperimentText(setup.fileText);
if (!parsed.ok || !parsed.experiment.study) throw new Error('no study');
const { crashJob, crashTimes, crashCounter } = parsed.experiment.study as unknown as { crashJob: number; crashTimes: number; crashCounter: string };
const jobs = studyJobs(parsed.experiment, parsed.experiment.study);

parentPort?.on('message', (message: ToWorker) => {
  if (message.job === crashJob) {
    const crashed = Number(readFileSync(crashCounter, 'utf8'));
    if (crashed < crashTimes) {
      writeFileSync(crashCounter, String(crashed + 1));
      process.exit(3);
    }
  }
  const result = runStudyJob(jobs[message.job], () => 0);
  parentPort?.postMessage({ type: 'done', job: message.job, result });
});
