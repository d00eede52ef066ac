/**
 * The messages between `qrnn study` and its worker threads: the main thread hands out job
 * indices one at a time (the next free job to the first free worker), and a worker reports
 * each epoch and the finished run. Jobs are numbered in the study's fixed order (src/study/runs.ts),
 * so results are put back in that order whatever worker ran them.
 */
import type { StudyEpoch, StudyRunResult } from '../../study/runJob';

/** What a worker is given once: the experiment file's text. */
export interface WorkerSetup {
  fileText: string;
}

export type ToWorker = { type: 'run'; job: number };

export type FromWorker =
  | { type: 'epoch'; job: number; epoch: StudyEpoch; epochs: number }
  | { type: 'done'; job: number; result: StudyRunResult }
  | { type: 'failed'; job: number; message: string };
