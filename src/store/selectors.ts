/**
 * Named selectors over the lab state, shared by components and store subscriptions. Each
 * returns a value already in the state (or a primitive), so it is safe for `useLab` without
 * `useShallow`.
 */
import { isQlstmExperiment, type Experiment, type QlstmExperiment } from '../model/types';
import type { OutputsSnapshot, SimulateSuccess } from '../worker/protocol';
import type { LabState } from './types';

/** The current experiment, of either model kind. */
export const selectExperiment = (s: LabState) => s.experiment;
/** The current experiment when it is a QRNN (the cell editor, timeline, Bloch view), else `null`. */
export const selectQrnn = (s: LabState): Experiment | null => (s.experiment && !isQlstmExperiment(s.experiment) ? s.experiment : null);
/** The current experiment when it is a QLSTM (docs/spec.md §7), else `null`. */
export const selectQlstm = (s: LabState): QlstmExperiment | null => (s.experiment && isQlstmExperiment(s.experiment) ? s.experiment : null);
/** Which model the current experiment holds. */
export const selectModelKind = (s: LabState): 'qrnn' | 'qlstm' | null => (s.experiment ? (isQlstmExperiment(s.experiment) ? 'qlstm' : 'qrnn') : null);
export const selectExperimentName = (s: LabState) => s.experiment?.name ?? null;
/** The QRNN's model; `null` for a QLSTM. */
export const selectModel = (s: LabState) => selectQrnn(s)?.model ?? null;
export const selectParams = (s: LabState) => s.experiment?.params ?? null;
export const selectLoadError = (s: LabState) => s.loadError;
export const selectPreview = (s: LabState) => s.preview;
export const selectCanUndo = (s: LabState) => s.revision > 0;
export const selectCanRedo = (s: LabState) => s.revision < s.revisions.length - 1;

export const selectSimulationStatus = (s: LabState) => s.simulationStatus;
export const selectSimulationError = (s: LabState) => s.simulationError;

/** The latest successful simulation, or `null` if there is none (yet). */
export const selectSimulation = (s: LabState): SimulateSuccess | null => (s.simulationReply?.ok ? s.simulationReply : null);

/** The loss of the latest successful simulation; `null` when nothing is scored. */
/**
 * The loss on the first window with the parameters on screen: the analysis' (which uses the
 * run's latest parameters once there is a run) when it is of the first window, else the
 * simulation's (the file's parameters).
 */
export const selectLoss = (s: LabState): number | null => (s.analysis && s.analysis.sequence === 0 ? s.analysis.loss : selectSimulation(s)?.result.loss ?? null);

/** Steps in the latest successful simulation. */
export const selectStepCount = (s: LabState): number => selectSimulation(s)?.result.outputs.length ?? 0;

export const selectTrainingStatus = (s: LabState) => s.trainingStatus;
export const selectTrainingMessage = (s: LabState) => s.trainingMessage;
export const selectTrainingEpoch = (s: LabState) => s.trainingCounters.epoch;
/** The epochs planned: the run's once there is one, else the experiment's (so an edit of Epochs shows at once). */
export const selectTrainingEpochs = (s: LabState) => (s.trainingRunId === null ? s.experiment?.training.epochs ?? s.trainingCounters.epochs : s.trainingCounters.epochs);
export const selectTrainLoss = (s: LabState) => s.trainingCounters.trainLoss;
export const selectTestLoss = (s: LabState) => s.trainingCounters.testLoss;
export const selectCircuitExecutions = (s: LabState) => s.trainingCounters.circuitExecutions;
export const selectShots = (s: LabState) => s.trainingCounters.shots;
export const selectTrainingComputedIn = (s: LabState) => s.trainingComputedIn;

/** Epochs per second of worker time, or `null` before the first epoch. */
export const selectEpochsPerSecond = (s: LabState): number | null => {
  const { epoch, elapsedMs } = s.trainingCounters;
  return epoch > 0 && elapsedMs > 0 ? (epoch * 1000) / elapsedMs : null;
};

/** The outputs of the latest training report, or `null` when no run has reported. */
export const selectTrainingOutputs = (s: LabState): OutputsSnapshot | null => s.trainingReport?.outputs ?? null;

/** The training settings the panel shows (the experiment's own block, a stable reference). */
export const selectTrainingSpec = (s: LabState) => s.experiment?.training ?? null;
