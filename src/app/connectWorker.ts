/**
 * Connects the store to the worker: every change of the experiment's serialized text starts
 * a simulation in the worker, and its reply (or failure) goes back into the store. Only the
 * newest request may write its reply, so a slow stale simulation never overwrites a newer one;
 * the client also ends the stale one at once (a superseded request rejects, and is ignored
 * here). A cancelled simulation says why it was long; after a crash the composition root
 * calls `resimulate`, which runs the current experiment again with a note of what happened.
 */
import type { LabState, LabStore } from '../store';
import { isCancelled, isSuperseded } from '../worker/client';
import type { LabApi } from '../worker/protocol';
import { selectQrnn } from '../store/selectors';

/** The connection: call it to stop following the store. */
export interface WorkerConnection {
  (): void;
  /**
   * Simulates the current experiment again, showing `note` beside the status (a crash and
   * restart). A simulation that was itself such a re-run is not re-run a second time.
   */
  resimulate(note: string): void;
}

/** Why a simulation of the current experiment may be long, for the cancellation message. */
export function cancellationMessage(state: LabState, what: 'Simulation' | 'Analysis'): string {
  const model = selectQrnn(state)?.model;
  if (!model) return `${what} cancelled.`;
  const qubits = model.dataQubits + model.hiddenQubits;
  return `${what} cancelled: the model has ${qubits} qubit${qubits === 1 ? '' : 's'} (${model.dataQubits} data, ${model.hiddenQubits} hidden), `
    + 'and the cost doubles or more with each hidden qubit. Remove a hidden qubit, undo, or choose a preset to go on.';
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts following `store`. */
export function connectWorker(store: LabStore, api: Pick<LabApi, 'simulate'>): WorkerConnection {
  let latest = 0;
  /** The request that is a re-run after a crash, if one is in flight. */
  let rerun = 0;

  async function run(text: string, note: string | null = null): Promise<void> {
    const request = ++latest;
    store.getState().simulationStarted(note);
    try {
      const reply = await api.simulate(text);
      if (request === latest) store.getState().simulationReplied(reply);
    } catch (error) {
      if (request !== latest || isSuperseded(error)) return;
      if (isCancelled(error)) store.getState().simulationCancelled(cancellationMessage(store.getState(), 'Simulation'));
      else store.getState().simulationFailed(messageOf(error));
    }
  }

  const initial = store.getState().experimentText;
  if (initial !== null) void run(initial);
  const stop = store.subscribe((state, previous) => {
    if (state.experimentText !== previous.experimentText && state.experimentText !== null) void run(state.experimentText);
  });
  return Object.assign(stop, {
    resimulate(note: string): void {
      const text = store.getState().experimentText;
      if (text === null) return;
      if (rerun !== 0 && rerun === latest) {
        // The re-run crashed too: say so and wait for the next edit.
        store.getState().simulationFailed(`${note} It stopped again on this experiment, so it was not run a third time.`);
        rerun = 0;
        return;
      }
      void run(text, note);
      rerun = latest;
    },
  });
}
