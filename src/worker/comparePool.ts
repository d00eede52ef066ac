/**
 * The method comparison on the page's worker pool (`workerPool.ts`): its configurations are
 * independent (estimate `r` of every configuration is seeded with `seed + r` and nothing
 * else, `src/gradients/compare.ts`), so each is one task, and the reply puts the points back
 * in the comparison's order: the same reply `compare` gives in one worker, bit for bit.
 * Progress comes after each configuration, in the order they finish. A refusal (bad settings,
 * bad file) comes from the first configuration that reports, and ends the batch.
 */
import type { CompareConfigReply, PoolTask } from './poolProtocol';
import type { CompareOptions, CompareProgressCallback, CompareReply, ComparePoint } from './teachingProtocol';
import { defaultPoolSize, runPoolBatch, type PoolWorker } from './workerPool';

export interface ComparePoolOptions {
  size?: number;
  createWorker?: (name: string) => PoolWorker;
  locks?: Pick<LockManager, 'request'> | null;
}

/** A comparison in flight. */
export interface PooledComparison {
  /** The whole comparison, or a refusal; rejects with a `CancelledError` after `cancel()`. */
  reply: Promise<CompareReply>;
  cancel(): boolean;
}

/** Configurations of a comparison: per shot count, parameter-shift, each finite-difference step, SPSA. */
export const configurationCount = (options: Pick<CompareOptions, 'shots' | 'steps'>) => options.shots.length * (options.steps.length + 2);

/** Runs the comparison `options` asks for, one configuration per task. */
export function compareInPool(experimentJson: string, options: CompareOptions, onProgress: CompareProgressCallback | undefined, pool: ComparePoolOptions): PooledComparison {
  // At least one task, so that settings without any configuration are refused by the worker, by name.
  const total = Math.max(1, configurationCount(options));
  const tasks: PoolTask[] = Array.from({ length: total }, (_, config) => ({ kind: 'compare-config', experimentJson, options, config }));
  let refused: CompareReply | null = null;
  let done = 0;
  const batch = runPoolBatch(tasks, { size: Math.min(pool.size ?? defaultPoolSize(), total), createWorker: pool.createWorker, locks: pool.locks }, {
    done: (_, outcome) => {
      if (refused) return;
      const reply = outcome.ok ? (outcome.value as CompareConfigReply) : { ok: false as const, errors: [{ path: 'model', message: outcome.message }] };
      if (!reply.ok) {
        refused = reply;
        batch.cancel();
        return;
      }
      done++;
      onProgress?.(done, total, reply.point, reply.exact);
    },
  });
  const reply = batch.results.then(
    (outcomes): CompareReply => {
      const replies = outcomes.map((o) => (o.ok ? (o.value as CompareConfigReply) : null));
      const points: ComparePoint[] = [];
      let exact = 0;
      for (const r of replies) {
        if (!r?.ok) return refused ?? { ok: false, errors: [{ path: 'model', message: 'a configuration failed in its worker' }] };
        points.push(r.point);
        exact = r.exact;
      }
      return { ok: true, param: options.param, exact, repeats: options.repeats, points, computedIn: 'worker' };
    },
    (error: unknown) => {
      if (refused) return refused;
      throw error;
    },
  );
  return { reply, cancel: () => batch.cancel() };
}
