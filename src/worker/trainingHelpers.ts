/**
 * Every core for one training run (issue 17): the training worker keeps helper threads and
 * shares each mini-batch out among itself and them. The batch's work is cut into runs of
 * about equal work, in batch order (`WindowGradients.plan`: whole windows, or for
 * parameter-shift the shifted executions of a range of steps); the training worker posts
 * every run but the first to a helper, computes the first itself meanwhile, and joins the
 * results in batch order, so the trainer averages the very numbers one thread would give,
 * summed in the same order: the history is bit-identical whatever the number of threads.
 *
 * A helper that fails or dies costs only time: its share is computed here instead (the same
 * function gives the same bits), and it is not used again. Framework-free, given its threads
 * by a factory, so tests drive it with in-thread fakes.
 */
import type { GradientResult } from '../gradients/types';
import type { AnyExperiment } from '../model/types';
import type { BatchRequest } from '../training/trainer';
import type { WindowGradients, WindowPiece } from '../training/windowGradients';
import type { FromHelper, ToHelper } from './helperProtocol';
import { unpackResults } from './packedResults';

/** What the training worker needs of a helper thread (a `Worker`, or a fake in tests). */
export interface HelperThread {
  postMessage(message: ToHelper): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault?(): void }) => void): void;
  terminate(): void;
}

/** Starts a helper: `trainingHelper.worker.ts` as a module worker, a chunk of its own in the build. */
export function startHelperThread(name: string): HelperThread {
  return new Worker(new URL('./trainingHelper.worker.ts', import.meta.url), { type: 'module', name });
}

/** The helpers of one training worker. */
export interface TrainingHelpers {
  /** Most helpers this worker may start. */
  readonly capacity: number;
  /** Loads `experiment` into `count` helpers (started on first use) for a new run; returns the run's key. */
  load(experiment: AnyExperiment, count: number): number;
  /**
   * The request's results in window order: its work planned by `local` into a run of pieces
   * per thread, the first run computed by `local`, the others by the run's helpers (or by
   * `local` when a helper fails), joined by `local`.
   */
  share(run: number, request: BatchRequest, local: WindowGradients): Promise<GradientResult[]>;
  /** Terminates every helper. */
  close(): void;
}

interface Helper {
  thread: HelperThread;
  alive: boolean;
  pending: Map<number, (reply: FromHelper | null) => void>;
}

/** Creates the helpers of a training worker: at most `capacity`, started by `spawn` when first needed. */
export function createTrainingHelpers(capacity: number, spawn: (name: string) => HelperThread = startHelperThread): TrainingHelpers {
  const helpers: Helper[] = [];
  let runKey = 0;
  let active = 0;
  let jobs = 0;

  const fail = (helper: Helper) => {
    if (!helper.alive) return;
    helper.alive = false;
    for (const settle of helper.pending.values()) settle(null);
    helper.pending.clear();
    helper.thread.terminate();
  };

  const start = (index: number): Helper => {
    const helper: Helper = { thread: spawn(`qrnn-training-helper-${index + 1}`), alive: true, pending: new Map() };
    helper.thread.addEventListener('message', (event) => {
      const reply = event.data as FromHelper;
      if (typeof reply !== 'object' || reply === null || typeof reply.qrnnHelper !== 'string') return;
      const settle = helper.pending.get(reply.job);
      helper.pending.delete(reply.job);
      settle?.(reply);
    });
    helper.thread.addEventListener('error', (event) => {
      event.preventDefault?.();
      fail(helper);
    });
    return helper;
  };

  /** The reply to `pieces` from `helper`, or `null` if it failed or died. */
  const ask = (helper: Helper, run: number, request: BatchRequest, pieces: WindowPiece[]): Promise<FromHelper | null> => {
    if (!helper.alive) return Promise.resolve(null);
    const job = ++jobs;
    return new Promise((resolve) => {
      helper.pending.set(job, resolve);
      helper.thread.postMessage({ qrnnHelper: 'share', run, job, params: { ...request.params }, pieces });
    });
  };

  return {
    capacity,
    load(experiment, count) {
      runKey++;
      active = Math.max(0, Math.min(capacity, Math.floor(count)));
      while (helpers.length < active) helpers.push(start(helpers.length));
      for (const helper of helpers.slice(0, active)) if (helper.alive) helper.thread.postMessage({ qrnnHelper: 'load', run: runKey, experiment });
      return runKey;
    },
    async share(run, request, local) {
      const working = run === runKey ? helpers.slice(0, active).filter((h) => h.alive) : [];
      const plan = local.plan(request.windows, working.length + 1);
      const asked = plan.slice(1).map((pieces, i) => ask(working[i], run, request, pieces));
      const results = local.computePieces(request.params, plan[0]);
      const replies = await Promise.all(asked);
      replies.forEach((reply, i) => {
        const pieces = plan[i + 1];
        if (reply?.qrnnHelper === 'done' && reply.results.length === pieces.length) results.push(...unpackResults(reply.results));
        else {
          fail(working[i]);
          results.push(...local.computePieces(request.params, pieces));
        }
      });
      return local.join(request.params, request.windows, results);
    },
    close() {
      for (const helper of helpers) fail(helper);
      helpers.length = 0;
    },
  };
}
