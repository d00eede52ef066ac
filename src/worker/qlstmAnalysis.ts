/**
 * The analysis of one training sequence of a QLSTM (docs/spec.md §7), in the shape the page's
 * timeline, gradient plots and memory chart read for a QRNN (`analysis.ts`): the exact
 * adjoint gradient with every occurrence's contribution (an occurrence's `gate` is its
 * parameter's slot, since each angle occurs once per step), the outputs, the memory profile,
 * and, in place of the Bloch vectors, the classical state `c_t` and `h_t` after every step.
 */
import type { Dataset } from '../data/index';
import { outputCount } from '../model/outputs';
import { qlstmParamNames, type QlstmExperiment } from '../model/types';
import { qlstmAdjoint } from '../qlstm/adjoint';
import { qlstmMemoryProfile } from '../qlstm/memory';
import { runSequence } from '../qlstm/run';
import type { AnalysisReply, AnalyzeOptions } from './analysisProtocol';
import { zeroNegligible, zeroNegligibleRecord } from './negligible';
import type { WorkerProgress } from './signalProtocol';

/**
 * The largest `n = i + h` the memory profile runs at: it back-propagates every scored
 * prediction on its own, `T` sweeps of six circuits per step each.
 */
export const QLSTM_MEMORY_MAX_QUBITS = 6;

/** The QLSTM's half of `analyzeExperiment`; `dataset` is built, `index` chosen. */
export function analyzeQlstm(
  experiment: QlstmExperiment,
  dataset: Dataset,
  index: number,
  options: AnalyzeOptions,
  computedIn: 'worker' | 'in-thread',
  progress?: (progress: WorkerProgress) => void,
): AnalysisReply {
  const sequences = dataset.train;
  const sequence = sequences[index];
  const params = { ...experiment.params, ...(options.params ?? {}) };
  const { model, loss } = experiment;
  const n = model.inputSize + model.hiddenSize;
  const problem = { model, params, sequence, loss, trainable: Object.keys(experiment.params).filter((p) => !experiment.frozen.includes(p)) };
  const stage = (done: number, unit: string) => progress?.({ task: 'analyze', done, total: 3, unit, qubits: n });
  stage(0, 'contributions');
  const gradient = qlstmAdjoint(problem);
  stage(1, 'classical state');
  const run = runSequence(model, params, sequence, loss);
  stage(2, 'memory profile');
  const memory = n <= QLSTM_MEMORY_MAX_QUBITS ? qlstmMemoryProfile(problem) : null;
  const slots = qlstmParamNames(model);
  const slotOf = new Map(slots.map((p, i) => [p, i]));
  const names = [...new Set(gradient.occurrences.map((o) => o.param))];
  const nameIndex = new Map(names.map((p, i) => [p, i]));
  const occurrences = gradient.occurrences;
  const T = sequence.inputs.length;
  const c = new Float64Array(T * n);
  const h = new Float64Array(T * model.hiddenSize);
  run.tape.steps.forEach((step, t) => {
    for (let j = 0; j < n; j++) c[t * n + j] = step.f[j] * step.cPrev[j] + step.i[j] * step.g[j];
    for (let j = 0; j < model.hiddenSize; j++) h[t * model.hiddenSize + j] = step.a[4][j];
  });
  const heads = [model.head].flat();
  const headParams = [...new Set(heads.flatMap((hd) => [...hd.weights, hd.bias]).filter((w): w is string => typeof w === 'string'))];
  return {
    ok: true,
    experimentName: experiment.name,
    sequence: index,
    sequences: sequences.length,
    steps: T,
    inputs: sequence.inputs,
    targets: sequence.targets,
    washout: loss.washout,
    outputCount: outputCount(model),
    outputs: Float64Array.from(run.outputs.flat()),
    loss: run.loss,
    gradient: zeroNegligibleRecord(gradient.gradient),
    contributionsDeferred: null,
    occurrences: {
      names,
      param: Uint16Array.from(occurrences, (o) => nameIndex.get(o.param) ?? 0),
      gate: Uint16Array.from(occurrences, (o) => slotOf.get(o.param) ?? 0),
      step: Uint32Array.from(occurrences, (o) => o.step),
      contribution: zeroNegligible(Float64Array.from(occurrences, (o) => o.contribution)),
    },
    headParams,
    unreachable: [],
    hiddenQubits: 0,
    bloch: new Float64Array(0),
    memory,
    memoryNote: memory ? null : `Not computed for ${n} qubits: the QLSTM's memory profile back-propagates every scored prediction on its own, which takes minutes at this size, so the lab profiles memory up to ${QLSTM_MEMORY_MAX_QUBITS} qubits. The contributions above are exact.`,
    forecast: null,
    params,
    qlstm: { inputSize: model.inputSize, hiddenSize: model.hiddenSize, layers: model.layers, c, h, slots },
    computedIn,
  };
}
