/**
 * Connects the store to the worker: every change of the experiment's serialized text starts
 * a simulation in the worker, and its reply (or failure) goes back into the store. Only the
 * newest request may write its reply, so a slow stale simulation never overwrites a newer one.
 */
import type { LabStore } from '../store';
import type { LabApi } from '../worker/protocol';

/** Starts following `store`; returns a function that stops. */
export function connectWorker(store: LabStore, api: Pick<LabApi, 'simulate'>): () => void {
  let latest = 0;

  async function run(text: string): Promise<void> {
    const request = ++latest;
    store.getState().simulationStarted();
    try {
      const reply = await api.simulate(text);
      if (request === latest) store.getState().simulationReplied(reply);
    } catch (error) {
      if (request === latest) store.getState().simulationFailed(error instanceof Error ? error.message : String(error));
    }
  }

  const initial = store.getState().experimentText;
  if (initial !== null) void run(initial);
  return store.subscribe((state, previous) => {
    if (state.experimentText !== previous.experimentText && state.experimentText !== null) void run(state.experimentText);
  });
}
