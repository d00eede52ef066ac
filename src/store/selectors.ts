/**
 * Named selectors over the lab state, shared by components and store subscriptions. Each
 * returns a value already in the state (or a primitive), so it is safe for `useLab` without
 * `useShallow`.
 */
import type { SimulateSuccess } from '../worker/protocol';
import type { LabState } from './types';

export const selectExperiment = (s: LabState) => s.experiment;
export const selectExperimentText = (s: LabState) => s.experimentText;
export const selectExperimentName = (s: LabState) => s.experiment?.name ?? null;
export const selectModel = (s: LabState) => s.experiment?.model ?? null;
export const selectParams = (s: LabState) => s.experiment?.params ?? null;
export const selectLoadError = (s: LabState) => s.loadError;

export const selectSimulationStatus = (s: LabState) => s.simulationStatus;
export const selectSimulationError = (s: LabState) => s.simulationError;

/** The latest successful simulation, or `null` if there is none (yet). */
export const selectSimulation = (s: LabState): SimulateSuccess | null => (s.simulationReply?.ok ? s.simulationReply : null);

/** The loss of the latest successful simulation; `null` when nothing is scored. */
export const selectLoss = (s: LabState): number | null => selectSimulation(s)?.result.loss ?? null;

/** Steps in the latest successful simulation. */
export const selectStepCount = (s: LabState): number => selectSimulation(s)?.result.outputs.length ?? 0;
