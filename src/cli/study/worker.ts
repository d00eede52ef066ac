/**
 * A worker thread of `qrnn study`: parses the file once, builds the study's jobs (the same
 * list, in the same order, as the main thread), and runs the jobs it is handed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseExperimentText } from '../../model/parse';
import { runStudyJob } from '../../study/runJob';
import { studyJobs } from '../../study/runs';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;
const parsed = parseExperimentText(setup.fileText);
if (!parsed.ok || !parsed.experiment.study) throw new Error('the study file did not parse in the worker');
const jobs = studyJobs(parsed.experiment, parsed.experiment.study);
const post = (message: FromWorker) => parentPort?.postMessage(message);

parentPort?.on('message', (message: ToWorker) => {
  const job = jobs[message.job];
  try {
    const result = runStudyJob(job, () => performance.now(), (epoch, epochs) => post({ type: 'epoch', job: message.job, epoch, epochs }));
    post({ type: 'done', job: message.job, result });
  } catch (error) {
    post({ type: 'failed', job: message.job, message: error instanceof Error ? error.message : String(error) });
  }
});
