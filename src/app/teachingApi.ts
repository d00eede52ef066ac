/**
 * The teaching views' worker calls: Explain goes to the lab's worker (it is quick), while the
 * method comparison runs on the page's worker pool (`worker/comparePool.ts`), one
 * configuration per task, so a long comparison never holds up simulation, analysis or
 * training, uses every core the pool may take, and Cancel stops it at once by terminating
 * the pool's workers (the next comparison starts fresh ones).
 */
import type { TeachingApi } from '../store';
import { compareInPool, type ComparePoolOptions, type PooledComparison } from '../worker/comparePool';
import type { LabApi } from '../worker/protocol';

/** Builds the API from the lab's client and the pool's options (tests pass fake workers). */
export function createTeachingApi(lab: Pick<LabApi, 'explain'>, pool: ComparePoolOptions = {}): TeachingApi {
  let current: PooledComparison | null = null;
  return {
    explain: (experimentJson, options) => lab.explain(experimentJson, options),
    compare(experimentJson, options, onProgress) {
      current?.cancel();
      current = compareInPool(experimentJson, options, onProgress, pool);
      return current.reply;
    },
    cancelCompare() {
      current?.cancel();
      current = null;
    },
  };
}
