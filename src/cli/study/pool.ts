/**
 * The worker threads of `qrnn study` (docs/spec.md §8): `workers` threads, each handed the next
 * job when it is free, so the runs spread over the cores however long each takes. Each run is
 * independent and deterministic, so the results, put back in job order, are the same for any
 * number of workers. A worker that crashes loses only the run it had: the run is tried once
 * more in a fresh worker, then marked failed with the reason.
 */
import type { Worker } from 'node:worker_threads';
import type { JobLabel } from '../../study/plan';
import type { StudyEpoch, StudyRunResult } from '../../study/runJob';
import { startWorkerThread } from '../workerThread';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';

/** What the pool needs to know of each job to report a failed one (`src/study/plan.ts`). */
export type { JobLabel };

export interface PoolProgress {
  /** A run reported an epoch. */
  epoch(job: number, epoch: StudyEpoch, epochs: number): void;
  /** A run ended (finished, stopped early, or failed). */
  done(job: number, result: StudyRunResult): void;
}

/** The module a worker thread runs: `worker.ts`; tests give one that crashes on purpose. */
export const STUDY_WORKER = new URL('./worker.ts', import.meta.url).href;

/** Runs every job of the study in `fileText` on `workers` threads; resolves with the results in job order. */
export function runInWorkers(fileText: string, labels: readonly JobLabel[], workers: number, progress?: PoolProgress, module = STUDY_WORKER): Promise<StudyRunResult[]> {
  const results: (StudyRunResult | undefined)[] = new Array(labels.length);
  const attempts = new Array<number>(labels.length).fill(0);
  const queue = labels.map((_, i) => i);
  let finished = 0;
  return new Promise((resolve) => {
    const live = new Set<Worker>();
    const finish = (job: number, result: StudyRunResult) => {
      results[job] = result;
      finished++;
      progress?.done(job, result);
      if (finished === labels.length) {
        for (const w of live) void w.terminate();
        resolve(results as StudyRunResult[]);
      }
    };
    const failed = (job: number, message: string) => {
      attempts[job]++;
      if (attempts[job] < 2) queue.unshift(job);
      else finish(job, { ...labels[job], history: [], status: 'failed', message });
    };
    const start = () => {
      const setup: WorkerSetup = { fileText };
      const worker = startWorkerThread(module, { workerData: setup });
      live.add(worker);
      let current: number | null = null;
      const next = () => {
        const job = queue.shift();
        if (job === undefined) { current = null; live.delete(worker); void worker.terminate(); return; }
        current = job;
        worker.postMessage({ type: 'run', job } satisfies ToWorker);
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'epoch') progress?.epoch(m.job, m.epoch, m.epochs);
        else {
          if (m.type === 'done') finish(m.job, m.result);
          else failed(m.job, m.message);
          next();
        }
      });
      // A crash (an error thrown outside a run, or the thread dying) loses only the run it had.
      const crashed = (why: string) => {
        if (!live.has(worker)) return;
        live.delete(worker);
        if (current !== null) failed(current, why);
        if (queue.length > 0) start();
      };
      worker.on('error', (error) => crashed(`the worker crashed: ${error.message}`));
      worker.on('exit', (code) => { if (code !== 0) crashed(`the worker exited with code ${code}`); });
      next();
    };
    if (labels.length === 0) { resolve([]); return; }
    for (let i = 0; i < Math.min(workers, labels.length); i++) start();
  });
}
