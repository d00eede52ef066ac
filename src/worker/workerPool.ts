/**
 * The page's pool of Web Workers (issue 15; the browser twin of `src/cli/study/pool.ts`): a
 * batch of independent tasks runs on up to `size` workers, each handed the next task as soon
 * as it is free, so short and long tasks spread over the cores. Values come back in task
 * order, whatever worker ran them and whenever they finished.
 *
 * - **Crash.** A worker that dies loses only the task it had: that task is tried once more in
 *   a fresh worker, then reported failed with the reason. A death is seen by the worker's
 *   `error` event, or by its life lock (a Web Lock it holds while it lives, `signals.ts`),
 *   granted to the pool the moment it dies, however silently; a worker that never says it
 *   holds its lock within `startDeadlineMs` died starting. A task that throws is tried once
 *   more too, as the command line does, so both report the same.
 * - **Cancel** terminates every worker at once (a task is one synchronous computation that
 *   nothing else can stop); the batch's promise rejects with a `CancelledError`.
 *
 * Framework-free and given its workers by a factory, so tests drive it with fakes.
 */
import type { FromPoolWorker, PoolTask, PoolTaskProgress, PoolTaskValue, ToPoolWorker } from './poolProtocol';
import type { WorkerSignal } from './signalProtocol';

/** What the pool needs of a worker (a `Worker`, or a fake in tests). */
export interface PoolWorker {
  postMessage(message: ToPoolWorker): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault?(): void }) => void): void;
  terminate(): void;
}

export interface WorkerPoolOptions {
  /** Most workers at once (at least 1; never more than the tasks). */
  size: number;
  /** Starts a worker named `name` (the name of its life lock); default {@link startPoolWorker}. */
  createWorker?: (name: string) => PoolWorker;
  /** Web Locks (default `navigator.locks`); `null` turns the life lock off. */
  locks?: Pick<LockManager, 'request'> | null;
  /** A worker must say it holds its life lock within this (ms; default 15000: a module load on a busy machine). */
  startDeadlineMs?: number;
}

/** How a task ended: its value, or why it failed after its second try. */
export type TaskOutcome = { ok: true; value: PoolTaskValue } | { ok: false; message: string };

export interface PoolListener {
  /** A worker took task `task` (`attempt` 1, or 2 for the retry after a crash). */
  started?(task: number, attempt: number): void;
  progress?(task: number, progress: PoolTaskProgress): void;
  /** Task `task` ended, with its value or its failure. */
  done?(task: number, outcome: TaskOutcome): void;
}

/** A batch in flight. */
export interface PoolBatch {
  /** Every task's outcome, in task order; rejects with a `CancelledError` after `cancel()`. */
  results: Promise<TaskOutcome[]>;
  /** Terminates every worker at once; `false` when the batch had already ended. */
  cancel(): boolean;
}

/** The batch was cancelled (the same name as the lab client's, so `isCancelled` knows it). */
export class PoolCancelledError extends Error {
  constructor() {
    super('The computation was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Starts a worker of the pool: `pool.worker.ts` as a module worker, a chunk of its own in the build. */
export function startPoolWorker(name: string): PoolWorker {
  return new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module', name });
}

/** Workers for this page: one fewer than the cores, so the page keeps one; at least one. */
export function defaultPoolSize(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined): number {
  return Math.max(1, (cores || 2) - 1);
}

const defaultLocks = (): Pick<LockManager, 'request'> | null =>
  (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

const isPoolMessage = (data: unknown): data is FromPoolWorker =>
  typeof data === 'object' && data !== null && typeof (data as { qrnnPool?: unknown }).qrnnPool === 'string';
const isHeld = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as WorkerSignal).qrnnLabSignal === 'held';

let serial = 0;

/** Runs `tasks` on the pool; see the file's comment. */
export function runPoolBatch(tasks: readonly PoolTask[], options: WorkerPoolOptions, listener: PoolListener = {}): PoolBatch {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const startDeadlineMs = options.startDeadlineMs ?? 15_000;
  const outcomes: (TaskOutcome | undefined)[] = new Array(tasks.length);
  const attempts = new Array<number>(tasks.length).fill(0);
  const queue = tasks.map((_, i) => i);
  const live = new Set<PoolWorker>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let finished = 0;
  let over = false;
  let resolve!: (outcomes: TaskOutcome[]) => void;
  let reject!: (error: Error) => void;
  const results = new Promise<TaskOutcome[]>((yes, no) => { resolve = yes; reject = no; });

  function end(): void {
    over = true;
    for (const w of live) w.terminate();
    live.clear();
    for (const t of timers) clearTimeout(t);
    timers.clear();
  }

  function finish(task: number, outcome: TaskOutcome): void {
    if (over || outcomes[task] !== undefined) return;
    outcomes[task] = outcome;
    finished++;
    listener.done?.(task, outcome);
    if (finished === tasks.length) {
      end();
      resolve(outcomes as TaskOutcome[]);
    }
  }

  /** A try of `task` failed: once more at the front of the queue, or failed for good. */
  function failed(task: number, message: string): void {
    if (attempts[task] < 2) queue.unshift(task);
    else finish(task, { ok: false, message });
  }

  function start(): void {
    const name = `qrnn-lab pool ${++serial} ${Math.random().toString(36).slice(2)}`;
    const worker = (options.createWorker ?? startPoolWorker)(name);
    live.add(worker);
    let current: number | null = null;
    let held = false;

    const next = () => {
      const task = queue.shift();
      if (task === undefined) {
        current = null;
        live.delete(worker);
        worker.terminate();
        return;
      }
      current = task;
      attempts[task]++;
      listener.started?.(task, attempts[task]);
      worker.postMessage({ qrnnPool: 'run', task, payload: tasks[task] });
    };

    /** The worker is gone: its task is tried again, and a fresh worker takes the queue. */
    const crashed = (why: string) => {
      if (over || !live.has(worker)) return;
      live.delete(worker);
      worker.terminate();
      if (current !== null) failed(current, why);
      current = null;
      if (queue.length > 0 && live.size < options.size) start();
    };

    worker.addEventListener('message', (event) => {
      if (over || !live.has(worker)) return;
      const data = event.data;
      if (isHeld(data) && locks && !held) {
        held = true;
        // Granted only once the worker has let go of it, that is, once it is dead.
        void locks.request(name, () => crashed('the worker stopped without a word'));
        return;
      }
      if (!isPoolMessage(data) || data.task !== current) return;
      if (data.qrnnPool === 'progress') listener.progress?.(data.task, data.progress);
      else {
        if (data.qrnnPool === 'done') finish(data.task, { ok: true, value: data.value });
        else failed(data.task, data.message);
        next();
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      crashed(`the worker crashed${event.message ? `: ${event.message}` : ''}`);
    });
    if (locks) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!held) crashed('the worker stopped while it was starting');
      }, startDeadlineMs);
      timers.add(timer);
    }
    next();
  }

  if (tasks.length === 0) {
    over = true;
    resolve([]);
  } else {
    for (let i = 0; i < Math.min(Math.max(1, options.size), tasks.length); i++) start();
  }

  return {
    results,
    cancel(): boolean {
      if (over) return false;
      end();
      reject(new PoolCancelledError());
      return true;
    },
  };
}
