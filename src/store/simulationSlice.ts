/**
 * The simulation slice: the status of the latest simulation of the current experiment, the
 * worker's reply, its progress while it runs, and a note of what happened to the worker (a
 * restart after a crash, a cancellation). It holds results only; the numerics run in the
 * worker, and the composition root (`src/app/connectWorker.ts`) calls these actions.
 */
import type { FieldError } from '../model/types';
import type { LabSlice, SimulationSlice } from './types';

function describeErrors(errors: FieldError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}

/** Creates the simulation slice. */
export const createSimulationSlice: LabSlice<SimulationSlice> = (set) => {
  let canceller: (() => void) | null = null;
  return {
    simulationStatus: 'idle',
    simulationReply: null,
    simulationError: null,
    simulationProgress: null,
    simulationNote: null,
    simulationStarted(note = null) {
      set({ simulationStatus: 'running', simulationProgress: null, simulationNote: note });
    },
    simulationReplied(reply) {
      if (reply.ok) set({ simulationStatus: 'done', simulationReply: reply, simulationError: null, simulationProgress: null });
      else set({ simulationStatus: 'error', simulationReply: reply, simulationProgress: null, simulationError: `The simulation was refused: ${describeErrors(reply.errors)}.` });
    },
    simulationFailed(message) {
      set({ simulationStatus: 'error', simulationError: message, simulationProgress: null });
    },
    simulationProgressed(progress) {
      set((s) => (s.simulationStatus === 'running' ? { simulationProgress: progress } : {}));
    },
    simulationCancelled(message) {
      set({ simulationStatus: 'cancelled', simulationProgress: null, simulationNote: message });
    },
    cancelComputation() {
      canceller?.();
    },
    attachComputationCanceller(cancel) {
      canceller = cancel;
    },
  };
};
