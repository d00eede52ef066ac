/**
 * The analysis behind the timeline, the gradient plots and the hidden-register view: for one
 * training sequence of an experiment, the exact adjoint gradient with every occurrence's
 * contribution, the simulation (outputs and the Bloch vector of every hidden wire after
 * every step), the memory profile and the free-running forecast. Pure and synchronous;
 * `labService.ts` calls it and the worker entry moves the typed arrays with the reply
 * (`analysisBuffers`).
 */
import { outputCount } from '../model/outputs';
import { buildDataset } from '../data/index';
import { adjoint } from '../gradients/adjoint';
import { memoryProfile } from '../gradients/memory';
import type { GradientProblem } from '../gradients/types';
import { parseAnyExperimentText } from '../model/parse';
import { isQlstmExperiment } from '../model/types';
import { analyzeQlstm } from './qlstmAnalysis';
import { simulate } from '../simulation/simulate';
import { parameterRoles } from '../simulation/unroll';
import type { AnalysisReply, AnalyzeOptions } from './analysisProtocol';
import type { WorkerProgress } from './signalProtocol';
import { freeRunForecast } from './forecast';
import { toContributionTable } from './contributionTable';
import { zeroNegligibleRecord } from './negligible';
import { unreachableParams } from '../simulation/lightCone';
import { contributionSeconds, CONTRIBUTIONS_BUDGET_SECONDS } from './contributionCost';

const refuse = (path: string, error: unknown): AnalysisReply => ({
  ok: false,
  errors: [{ path, message: error instanceof Error ? error.message : String(error) }],
});


/** The Bloch vectors `bloch[t][k]` flattened to `[(t * H + k) * 3 + c]`. */
function flattenBloch(bloch: readonly (readonly (readonly number[])[])[], hidden: number): Float64Array {
  const out = new Float64Array(bloch.length * hidden * 3);
  bloch.forEach((wires, t) => wires.forEach((v, k) => out.set(v.slice(0, 3), (t * hidden + k) * 3)));
  return out;
}

/**
 * The largest register the page's analysis profiles memory for. The profile re-runs the
 * sequence from every shifted occurrence (two or four runs each), so it costs far more than
 * the exact contributions: measured in the page, it made a 9-qubit analysis take 7.6 s and a
 * 10-qubit one 41 s, while contributions and simulation take a few seconds up to 11 qubits.
 */
export const MEMORY_PROFILE_MAX_QUBITS = 8;

function memorySkipped(qubits: number, occurrences: number): string {
  return `Not computed for ${qubits} qubits: the memory profile re-runs the sequence from each of the ${occurrences.toLocaleString('en-US')} occurrences (two or four times each), which takes minutes at this size, so the lab profiles memory up to ${MEMORY_PROFILE_MAX_QUBITS} qubits. The contributions above are exact.`;
}

const MEMORY_DEFERRED = 'Not computed: it needs the exact contributions, which this analysis left out at this size.';

/**
 * Analyses sequence `options.sequence` (default 0) of the experiment in `experimentJson`.
 * Never throws: a bad file, bad data or a failing simulation is a refusal naming the field.
 * Unless `options.contributions` is `exact`, contributions estimated to take over
 * `budgetSeconds` are left out (`contributionsDeferred`).
 */
export function analyzeExperiment(
  experimentJson: string,
  options: AnalyzeOptions,
  computedIn: 'worker' | 'in-thread',
  progress?: (progress: WorkerProgress) => void,
  budgetSeconds = CONTRIBUTIONS_BUDGET_SECONDS,
): AnalysisReply {
  const parsed = parseAnyExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const experiment = parsed.experiment;
  const dataset = buildDataset(experiment.data);
  if (!dataset.ok) return { ok: false, errors: dataset.errors };
  const sequences = dataset.dataset.train;
  if (sequences.length === 0) return refuse('data', 'The data gives no sequence to analyse.');
  const index = Math.min(Math.max(0, Math.trunc(options.sequence ?? 0)), sequences.length - 1);
  if (isQlstmExperiment(experiment)) {
    try {
      return analyzeQlstm(experiment, dataset.dataset, index, options, computedIn, progress);
    } catch (error) {
      return refuse('model', error);
    }
  }
  const sequence = sequences[index];
  const params = { ...experiment.params, ...(options.params ?? {}) };
  const { model, loss } = experiment;
  const problem: GradientProblem = { model, params, sequence, loss };
  // Progress by stage (the worker throttles it): contributions, simulation, memory, forecast.
  const qubits = model.dataQubits + model.hiddenQubits;
  const stage = (done: number, unit: string) => progress?.({ task: 'analyze', done, total: 4, unit, qubits });
  try {
    const estimate = contributionSeconds(model, sequence.inputs.length);
    const deferred = options.contributions !== 'exact' && estimate > budgetSeconds
      ? { estimateSeconds: estimate, qubits }
      : null;
    stage(0, 'contributions');
    // The contributions can take minutes on a large register: their steps show in the progress.
    const onStep = (done: number, total: number) => progress?.({ task: 'analyze', done: 0, total: 4, unit: `contributions, step ${done} of ${total}`, qubits });
    const gradient = deferred ? null : adjoint(problem, { onStep });
    stage(1, 'simulation');
    const simulation = simulate(model, params, sequence, loss);
    stage(2, 'memory profile');
    const memory = gradient && qubits <= MEMORY_PROFILE_MAX_QUBITS ? memoryProfile(problem) : null;
    const memoryNote = memory ? null : gradient ? memorySkipped(qubits, gradient.occurrences.length) : MEMORY_DEFERRED;
    stage(3, 'forecast');
    // The forecast runs the model on past the window, where the state costs most: it waits with the contributions.
    const forecast = deferred ? null : freeRunForecast(model, params, sequence, loss);
    return {
      ok: true,
      experimentName: experiment.name,
      sequence: index,
      sequences: sequences.length,
      steps: sequence.inputs.length,
      inputs: sequence.inputs,
      targets: sequence.targets,
      washout: loss.washout,
      outputCount: outputCount(model),
      outputs: Float64Array.from(simulation.outputs.flat()),
      loss: simulation.loss,
      gradient: gradient ? zeroNegligibleRecord(gradient.gradient) : {},
      contributionsDeferred: deferred,
      occurrences: toContributionTable(gradient ? gradient.occurrences : []),
      headParams: parameterRoles(model).head,
      unreachable: unreachableParams(model),
      hiddenQubits: model.hiddenQubits,
      bloch: flattenBloch(simulation.bloch, model.hiddenQubits),
      memory,
      memoryNote,
      forecast,
      params,
      computedIn,
    };
  } catch (error) {
    return refuse('model', error);
  }
}

/** The buffers of a reply's typed arrays, to transfer with it (none for a refusal). */
export function analysisBuffers(reply: AnalysisReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  const { occurrences: o } = reply;
  const arrays = [reply.outputs, reply.bloch, o.param, o.gate, o.step, o.contribution];
  if (reply.forecast) arrays.push(reply.forecast);
  if (reply.qlstm) arrays.push(reply.qlstm.c, reply.qlstm.h);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
