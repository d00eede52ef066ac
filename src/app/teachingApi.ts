/**
 * The teaching views' worker calls: Explain goes to the lab's worker (it is quick), while the
 * method comparison runs in a worker of its own, started on first use, so that a long run
 * never holds up simulation, analysis or training, and Cancel can stop it at once by
 * terminating that worker (the next comparison starts a fresh one).
 */
import type { TeachingApi } from '../store';
import type { LabClient } from '../worker/client';
import type { LabApi } from '../worker/protocol';

/** Builds the API from the lab's client and a factory of comparison workers. */
export function createTeachingApi(lab: Pick<LabApi, 'explain'>, startComparisonWorker: () => Pick<LabClient, 'compare' | 'terminate'>): TeachingApi {
  let comparer: Pick<LabClient, 'compare' | 'terminate'> | null = null;
  return {
    explain: (experimentJson, options) => lab.explain(experimentJson, options),
    compare(experimentJson, options, onProgress) {
      comparer ??= startComparisonWorker();
      return comparer.compare(experimentJson, options, onProgress);
    },
    cancelCompare() {
      comparer?.terminate();
      comparer = null;
    },
  };
}
