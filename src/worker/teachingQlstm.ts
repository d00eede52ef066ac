/**
 * The teaching views' computations for a QLSTM (docs/spec.md §7), on one training sequence:
 * `explainQlstm` walks one occurrence through the local parameter-shift rule
 * (`qlstm/explain.ts`), `measureQlstmBiasOf` measures the bias of that estimate under shots
 * (`qlstm/bias.ts`). Pure and synchronous, never throwing: a bad file, an occurrence the
 * model lacks or settings out of bounds are refusals that name the field. `teaching.ts`
 * dispatches `explain` requests of kind `qlstm` and `qlstm-bias` here.
 */
import { buildDataset } from '../data/index';
import { parseAnyExperimentText } from '../model/parse';
import { isQlstmExperiment, QLSTM_ANGLES, QLSTM_CIRCUITS, type QlstmModel } from '../model/types';
import { estimateExecutions, estimateWork, measureQlstmBias } from '../qlstm/bias';
import { explainQlstmOccurrence } from '../qlstm/explain';
import type { QlstmProblem } from '../qlstm/types';
import {
  QLSTM_BIAS_LIMITS, type QlstmBiasOptions, type QlstmBiasReply, type QlstmExplainOptions, type QlstmExplainReply, type QlstmExplainTarget,
  type TeachingRefusal,
} from './teachingProtocol';

type Realm = 'worker' | 'in-thread';

const refuse = (path: string, error: unknown): TeachingRefusal => ({
  ok: false,
  errors: [{ path, message: error instanceof Error ? error.message : String(error) }],
});

/** The QLSTM problem of sequence `sequence` (clamped) with `params` over the file's, or a refusal. */
function qlstmProblemOf(experimentJson: string, sequence = 0, params: Record<string, number> = {}): { problem: QlstmProblem; index: number } | TeachingRefusal {
  const parsed = parseAnyExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const experiment = parsed.experiment;
  if (!isQlstmExperiment(experiment)) return refuse('model.kind', 'This is a QRNN experiment: its occurrences are named by gate and step, not by circuit.');
  const dataset = buildDataset(experiment.data);
  if (!dataset.ok) return { ok: false, errors: dataset.errors };
  const sequences = dataset.dataset.train;
  if (sequences.length === 0) return refuse('data', 'The data gives no sequence to study.');
  const index = Math.min(Math.max(0, Math.trunc(sequence)), sequences.length - 1);
  const { model, loss } = experiment;
  return { problem: { model, params: { ...experiment.params, ...params }, sequence: sequences[index], loss }, index };
}

const inRange = (v: number, count: number) => Number.isInteger(v) && v >= 0 && v < count;

/** The first field of `at` the model or sequence does not have, as a refusal; `null` when it exists. */
function checkTarget(model: QlstmModel, steps: number, at: QlstmExplainTarget): TeachingRefusal | null {
  const n = model.inputSize + model.hiddenSize;
  if (!(QLSTM_CIRCUITS as readonly string[]).includes(at.circuit)) return refuse('circuit', `There is no circuit "${at.circuit}": a QLSTM's are ${QLSTM_CIRCUITS.join(', ')}.`);
  if (!inRange(at.layer, model.layers)) return refuse('layer', `Layer ${at.layer} is outside the circuits' layers 0 to ${model.layers - 1}.`);
  if (!inRange(at.qubit, n)) return refuse('qubit', `Qubit ${at.qubit} is outside the circuits' qubits 0 to ${n - 1}.`);
  if (!(QLSTM_ANGLES as readonly string[]).includes(at.angle)) return refuse('angle', `There is no angle "${at.angle}": each qubit's are ${QLSTM_ANGLES.join(', ')}.`);
  if (!inRange(at.step, steps)) return refuse('step', `Step ${at.step} is outside the sequence's ${steps} steps.`);
  return null;
}

/** The most seeds `QLSTM_BIAS_LIMITS.work` allows at `shots` (may be below 2: too large a model or sequence). */
function mostSeeds(problem: QlstmProblem, shots: number): number {
  const { fixed, perRootShot } = estimateWork(problem);
  return Math.min(QLSTM_BIAS_LIMITS.seeds, Math.floor(QLSTM_BIAS_LIMITS.work / (fixed + perRootShot * Math.sqrt(shots))));
}

/** The first bias setting out of bounds, as a refusal; `null` when all are fine. */
function checkBias(problem: QlstmProblem, options: QlstmBiasOptions): TeachingRefusal | null {
  const { shots, seeds, seed } = options;
  if (!Number.isInteger(shots) || shots < 1 || shots > QLSTM_BIAS_LIMITS.shots) return refuse('shots', `Shots must be a whole number from 1 to ${QLSTM_BIAS_LIMITS.shots}.`);
  if (!Number.isInteger(seeds) || seeds < 2 || seeds > QLSTM_BIAS_LIMITS.seeds) return refuse('seeds', `Seeds must be a whole number from 2 to ${QLSTM_BIAS_LIMITS.seeds}.`);
  if (seed !== undefined && !Number.isInteger(seed)) return refuse('seed', 'The first seed must be a whole number.');
  const most = mostSeeds(problem, shots);
  const n = problem.model.inputSize + problem.model.hiddenSize;
  const each = `each estimate runs ${estimateExecutions(problem)} circuit evaluations on ${n} qubits`;
  if (most < 2 && mostSeeds(problem, 1) < 2) return refuse('model', `This model and sequence are too large to measure the bias here, even with two seeds (${each}).`);
  if (most < 2) return refuse('shots', `Too many shots for two seeds on this model and sequence (${each}): fewer shots.`);
  if (seeds > most) return refuse('seeds', `At most ${most} seeds at ${shots} shots on this model and sequence (${each}).`);
  return null;
}

const targetOf = (o: QlstmExplainTarget): QlstmExplainTarget => ({ circuit: o.circuit, layer: o.layer, qubit: o.qubit, angle: o.angle, step: o.step });

/** The problem of the file, sequence and parameters `options` name, and its checked occurrence; or the refusal. */
function targetProblem(experimentJson: string, options: QlstmExplainOptions | QlstmBiasOptions) {
  const built = qlstmProblemOf(experimentJson, options.sequence, options.params);
  if ('ok' in built) return built;
  const at = targetOf(options);
  return checkTarget(built.problem.model, built.problem.sequence.inputs.length, at) ?? { ...built, at };
}

/** Explains the QLSTM occurrence `options` names. */
export function explainQlstm(experimentJson: string, options: QlstmExplainOptions, computedIn: Realm): QlstmExplainReply {
  const built = targetProblem(experimentJson, options);
  if ('ok' in built) return built;
  const { problem, index, at } = built;
  try {
    const x = explainQlstmOccurrence(problem, at, { withMistake: options.withMistake });
    const { inputSize, hiddenSize, layers } = problem.model;
    return {
      ok: true, kind: 'qlstm', ...at, param: x.param, inputSize, hiddenSize, layers, steps: x.steps, sequence: index,
      value: x.value, input: x.input, encoding: x.encoding, outputs: x.outputs,
      shifted: x.shifted.map((e) => ({ shift: e.shift, angle: e.angle, outputs: e.outputs })),
      dadangle: x.dadangle, dLda: x.dLda, products: x.products, contribution: x.contribution,
      occurrences: x.occurrences, sum: x.sum, adjoint: x.adjoint, loss: x.loss, mistake: x.mistake ?? null,
      biasCost: estimateWork(problem),
      computedIn,
    };
  } catch (error) {
    return refuse('model', error);
  }
}

/** Measures the bias of the occurrence's parameter-shift estimate with `options.shots` shots over `options.seeds` seeds. */
export function measureQlstmBiasOf(experimentJson: string, options: QlstmBiasOptions, computedIn: Realm): QlstmBiasReply {
  const built = targetProblem(experimentJson, options);
  if ('ok' in built) return built;
  const { problem, index, at } = built;
  const outOfBounds = checkBias(problem, options);
  if (outOfBounds) return outOfBounds;
  try {
    const m = measureQlstmBias(problem, at, { shots: options.shots, seeds: options.seeds, seed: options.seed });
    return {
      ok: true, kind: 'qlstm-bias', ...at, param: m.param, shots: m.shots, seeds: m.seeds, firstSeed: m.firstSeed, sequence: index,
      executionsPerEstimate: m.executionsPerEstimate, occurrence: m.occurrence, parameter: m.parameter, computedIn,
    };
  } catch (error) {
    return refuse('model', error);
  }
}
