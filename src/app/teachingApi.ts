/**
 * The teaching views' worker calls: Explain goes to the lab's worker (it is quick), while the
 * method comparison runs on the page's worker pool (`worker/comparePool.ts`), one
 * configuration per task, so a long comparison never holds up simulation, analysis or
 * training, uses every core the pool may take, and Cancel stops it at once by terminating
 * the pool's workers (the next comparison starts fresh ones). The pool's code is imported on
 * the first comparison, not with the page.
 */
import type { TeachingApi } from '../store';
import type { ComparePoolOptions, PooledComparison } from '../worker/comparePool';
import type { LabApi } from '../worker/protocol';

/** Builds the API from the lab's client and the pool's options (tests pass fake workers). */
export function createTeachingApi(lab: Pick<LabApi, 'explain'>, pool: ComparePoolOptions = {}, load = () => import('../worker/comparePool')): TeachingApi {
  let current: PooledComparison | null = null;
  /** Counts comparisons: a Cancel, or a newer comparison, that comes while the pool loads wins. */
  let serial = 0;
  const stop = () => {
    serial++;
    current?.cancel();
    current = null;
  };
  return {
    explain: (experimentJson, options) => lab.explain(experimentJson, options),
    async compare(experimentJson, options, onProgress) {
      stop();
      const mine = serial;
      const { compareInPool } = await load();
      if (mine !== serial) {
        const error = new Error('The computation was cancelled.');
        error.name = 'CancelledError';
        throw error;
      }
      current = compareInPool(experimentJson, options, onProgress, pool);
      return current.reply;
    },
    cancelCompare: stop,
  };
}
