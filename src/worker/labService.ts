/**
 * The lab's compute service in plain TypeScript: simulate an experiment's first sequence, and
 * run training (one run at a time, see `trainingRunner.ts`). It knows nothing of Comlink or
 * postMessage, so `lab.worker.ts` exposes it across the worker boundary with a transport
 * that transfers buffers, and unit tests call it in-thread (the qsharp `IDebugService`
 * pattern: one interface, two transports).
 */
import { firstSequenceResult } from '../data/build';
import { parseAnyExperimentText } from '../model/parse';
import { isQlstmModel, type FieldError } from '../model/types';
import { simulateModel } from '../training/engines';
import { analyzeExperiment } from './analysis';
import { checkData, readCsv } from './dataService';
import { exportProgram } from './exportService';
import type { ComputeRealm, LabApi, SimulateReply, WorkerProgress } from './protocol';
import { planStudy } from './studyService';
import { compareExperiment, explainExperiment } from './teaching';
import { createTrainingRunner, type TrainingRunnerOptions } from './trainingRunner';

/** Options of {@link createLabService}: how training reports travel, its clock, and where progress goes. */
export type LabServiceOptions = Omit<TrainingRunnerOptions, 'computedIn'> & {
  /** Receives progress from inside simulations and analyses (the worker throttles and posts it). */
  progress?: (progress: WorkerProgress) => void;
};

type Progress = NonNullable<LabServiceOptions['progress']>;

/** `'worker'` inside a dedicated or module worker, `'in-thread'` anywhere else. */
function currentRealm(): ComputeRealm {
  // Read through globalThis so this compiles in the worker, page and Node realms alike.
  const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  return typeof scope === 'function' && globalThis instanceof scope ? 'worker' : 'in-thread';
}

function refusal(path: string, error: unknown): SimulateReply {
  const message = error instanceof Error ? error.message : String(error);
  const errors: FieldError[] = [{ path, message }];
  return { ok: false, errors };
}

/** Runs a simulation synchronously; every failure becomes a refusal naming a field. */
function simulateText(experimentJson: string, progress?: Progress): SimulateReply {
  const parsed = parseAnyExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const experiment = parsed.experiment;
  const { model } = experiment;
  const first = firstSequenceResult(experiment.data);
  if (!first.ok) return { ok: false, errors: first.errors };
  const sequence = first.sequence;
  try {
    const qubits = isQlstmModel(model) ? model.inputSize + model.hiddenSize : model.dataQubits + model.hiddenQubits;
    const report = (done: number, total: number) => progress?.({ task: 'simulate', done, total, unit: 'step', qubits });
    report(0, sequence.inputs.length);
    const result = simulateModel(model, experiment.params, sequence, experiment.loss, { onStep: progress && report });
    return {
      ok: true,
      result,
      experimentName: experiment.name,
      targets: sequence.targets,
      inputs: sequence.inputs,
      washout: experiment.loss.washout,
      computedIn: currentRealm(),
    };
  } catch (error) {
    return refusal('model', error);
  }
}

/** Creates the service. Simulation is stateless; training keeps the current run. */
export function createLabService(options: LabServiceOptions = {}): LabApi {
  return {
    ping: () => Promise.resolve('pong'),
    simulate: (experimentJson) => Promise.resolve(simulateText(experimentJson, options.progress)),
    analyze: (experimentJson, analyzeOptions = {}) => Promise.resolve(analyzeExperiment(experimentJson, analyzeOptions, currentRealm(), options.progress)),
    exportProgram: (experimentJson, target, exportOptions) => Promise.resolve(exportProgram(experimentJson, target, exportOptions)),
    readCsv: (text) => Promise.resolve(readCsv(text)),
    checkData: (dataJson) => Promise.resolve(checkData(dataJson)),
    explain: (experimentJson, explainOptions) => Promise.resolve(explainExperiment(experimentJson, explainOptions, currentRealm())),
    compare: (experimentJson, compareOptions, onProgress) => Promise.resolve(compareExperiment(experimentJson, compareOptions, currentRealm(), onProgress)),
    planStudy: (experimentJson) => Promise.resolve(planStudy(experimentJson)),
    ...createTrainingRunner({ ...options, computedIn: currentRealm() }),
  };
}
