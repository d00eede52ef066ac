/**
 * The simulation slice: the status of the latest simulation of the current experiment and
 * the worker's reply. It holds results only; the numerics run in the worker, and the
 * composition root (`src/app/connectWorker.ts`) calls these actions.
 */
import type { FieldError } from '../model/types';
import type { LabSlice, SimulationSlice } from './types';

function describeErrors(errors: FieldError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}

/** Creates the simulation slice. */
export const createSimulationSlice: LabSlice<SimulationSlice> = (set) => ({
  simulationStatus: 'idle',
  simulationReply: null,
  simulationError: null,
  simulationStarted() {
    set({ simulationStatus: 'running' });
  },
  simulationReplied(reply) {
    if (reply.ok) set({ simulationStatus: 'done', simulationReply: reply, simulationError: null });
    else set({ simulationStatus: 'error', simulationReply: reply, simulationError: `The simulation was refused: ${describeErrors(reply.errors)}.` });
  },
  simulationFailed(message) {
    set({ simulationStatus: 'error', simulationError: message });
  },
});
