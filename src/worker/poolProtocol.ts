/**
 * The messages between the page's worker pool (`workerPool.ts`) and its workers
 * (`pool.worker.ts`): the pool hands a free worker one task at a time, numbered by its place
 * in the batch, and the worker reports progress inside the task and then its value, or the
 * error it threw. Plain `postMessage` data, no Comlink: a task is one synchronous computation
 * that only terminating the worker can stop. Types only; both sides import them.
 *
 * Two kinds of task share the pool: a study run (`src/study/runJob.ts`, one job of a study
 * file by its index in the study's fixed order) and one configuration of the method
 * comparison (`src/gradients/compare.ts`). Each is pure and seeded, so the same task gives
 * the same value in any worker, in any order, and in Node's `qrnn study`.
 */
import type { StudyEpoch, StudyRunResult } from '../study/runJob';
import type { CompareOptions, ComparePoint, TeachingRefusal } from './teachingProtocol';

/** One unit of work for a pool worker. */
export type PoolTask =
  | { kind: 'study-run'; fileText: string; job: number }
  | { kind: 'compare-config'; experimentJson: string; options: CompareOptions; config: number };

/** One configuration of a comparison: its point and the exact gradient, or why the comparison is refused. */
export type CompareConfigReply = { ok: true; point: ComparePoint; exact: number } | TeachingRefusal;

/** What a task gives: a study run's result, or a comparison configuration's point. */
export type PoolTaskValue = StudyRunResult | CompareConfigReply;

/** Progress inside a task: a study run's epoch, with the epochs it plans. */
export interface PoolTaskProgress {
  kind: 'epoch';
  epoch: StudyEpoch;
  epochs: number;
}

/** Page -> worker: run task number `task` of the batch. */
export interface ToPoolWorker {
  qrnnPool: 'run';
  task: number;
  payload: PoolTask;
}

/** Worker -> page, beside the life-lock signal of `signalProtocol.ts`. */
export type FromPoolWorker =
  | { qrnnPool: 'progress'; task: number; progress: PoolTaskProgress }
  | { qrnnPool: 'done'; task: number; value: PoolTaskValue }
  | { qrnnPool: 'failed'; task: number; message: string };
