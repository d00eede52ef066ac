/**
 * The computations behind the teaching views, on one training sequence of an experiment:
 * `explainExperiment` walks one occurrence through its parameter-shift estimate
 * (`gradients/explain.ts`) and adds what the panel prints beside it (the angle's terms, every
 * gate's angle at that step, the targets), or, for a request of kind `qlstm` or `qlstm-bias`,
 * passes it to `teachingQlstm.ts`; `compareExperiment` runs the method comparison
 * (`gradients/compare.ts`) with progress. Pure and synchronous, never throwing: a bad file,
 * bad data, an occurrence that does not exist or settings out of bounds are refusals that
 * name the field. `labService.ts` calls both; the page's worker pool runs a comparison one
 * configuration per task through `compareConfiguration` (`poolTasks.ts`).
 */
import { buildDataset } from '../data/index';
import { compareMethods, comparisonConfigs, exactGradient, runComparisonConfig, type ComparisonPoint } from '../gradients/compare';
import { explainOccurrence } from '../gradients/explain';
import type { GradientProblem } from '../gradients/types';
import { angleParams, evaluateAngle, transformInput } from '../simulation/angles';
import { parseExperimentText } from '../model/parse';
import type { Angle, GateSpec } from '../model/types';
import type { CompareConfigReply } from './poolProtocol';
import {
  COMPARE_LIMITS, type AngleTerms, type AnyExplainReply, type CompareOptions, type ComparePoint, type CompareProgressCallback, type CompareReply,
  type ExplainOptions, type ExplainReply, type ExplainRequest, type QlstmBiasOptions, type QlstmBiasReply, type QlstmExplainOptions,
  type QlstmExplainReply, type TeachingRefusal,
} from './teachingProtocol';
import { explainQlstm, measureQlstmBiasOf } from './teachingQlstm';

type Realm = 'worker' | 'in-thread';

const refuse = (path: string, error: unknown): TeachingRefusal => ({
  ok: false,
  errors: [{ path, message: error instanceof Error ? error.message : String(error) }],
});

/** The problem of sequence `sequence` (clamped) with `params` over the file's, or a refusal. */
function problemOf(experimentJson: string, sequence = 0, params: Record<string, number> = {}): { problem: GradientProblem; index: number } | TeachingRefusal {
  const parsed = parseExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { model, loss, data } = parsed.experiment;
  const dataset = buildDataset(data);
  if (!dataset.ok) return { ok: false, errors: dataset.errors };
  const sequences = dataset.dataset.train;
  if (sequences.length === 0) return refuse('data', 'The data gives no sequence to study.');
  const index = Math.min(Math.max(0, Math.trunc(sequence)), sequences.length - 1);
  return { problem: { model, params: { ...parsed.experiment.params, ...params }, sequence: sequences[index], loss }, index };
}

/** The terms of `a = c + f * theta * u(x_t) + theta_bias` for `angle` at input `x`. */
function angleTerms(angle: Angle, params: Record<string, number>, x: readonly number[]): AngleTerms {
  const value = evaluateAngle(angle, params, x).value;
  if (typeof angle === 'number') return { product: false, bias: null, offset: angle, factor: 1, theta: 0, input: null, value };
  const index = angle.input === undefined ? null : angle.input === true ? 0 : angle.input;
  const transform = angle.transform ?? 'linear';
  return {
    product: angle.param !== undefined || angle.input !== undefined,
    bias: angle.bias === undefined ? null : { name: angle.bias, value: params[angle.bias] },
    offset: angle.offset ?? 0,
    factor: angle.factor ?? 1,
    theta: angle.param === undefined ? 1 : params[angle.param],
    input: index === null ? null : { index, value: x[index], transform, transformed: transformInput(transform, x[index]) },
    value,
  };
}

const stepAngle = (gate: GateSpec, params: Record<string, number>, x: readonly number[]) =>
  gate.angle === undefined ? null : evaluateAngle(gate.angle, params, x).value;

/**
 * Explains occurrence (`options.gate`, `options.step`) of the experiment in `experimentJson`;
 * a QLSTM occurrence (`kind: 'qlstm'`) or its bias under shots (`kind: 'qlstm-bias'`) in
 * `teachingQlstm.ts`.
 */
export function explainExperiment(experimentJson: string, options: ExplainOptions, computedIn: Realm): ExplainReply;
export function explainExperiment(experimentJson: string, options: QlstmExplainOptions, computedIn: Realm): QlstmExplainReply;
export function explainExperiment(experimentJson: string, options: QlstmBiasOptions, computedIn: Realm): QlstmBiasReply;
export function explainExperiment(experimentJson: string, options: ExplainRequest, computedIn: Realm): AnyExplainReply;
export function explainExperiment(experimentJson: string, options: ExplainRequest, computedIn: Realm): AnyExplainReply {
  if (options.kind === 'qlstm') return explainQlstm(experimentJson, options, computedIn);
  if (options.kind === 'qlstm-bias') return measureQlstmBiasOf(experimentJson, options, computedIn);
  return explainQrnn(experimentJson, options, computedIn);
}

function explainQrnn(experimentJson: string, options: ExplainOptions, computedIn: Realm): ExplainReply {
  const built = problemOf(experimentJson, options.sequence, options.params);
  if ('ok' in built) return built;
  const { problem, index } = built;
  const { model, params, sequence } = problem;
  const steps = sequence.inputs.length;
  const spec = model.cell[options.gate];
  if (!Number.isInteger(options.gate) || spec === undefined) return refuse('gate', `There is no gate ${options.gate} in the cell.`);
  if (!Number.isInteger(options.step) || options.step < 0 || options.step >= steps) return refuse('step', `Step ${options.step} is outside the sequence's ${steps} steps.`);
  const names = angleParams(spec.angle);
  if (names.length === 0) return refuse('gate', `Gate ${options.gate} (${spec.gate}) binds no parameter: it has no occurrence to explain.`);
  if (options.param !== undefined && !names.includes(options.param)) return refuse('param', `Gate ${options.gate} (${spec.gate}) does not bind "${options.param}": it binds ${names.map((n) => `"${n}"`).join(' and ')}.`);
  try {
    const x = explainOccurrence(problem, { gate: options.gate, step: options.step, param: options.param }, { withMistake: options.withMistake });
    const input = sequence.inputs[options.step];
    return {
      ok: true,
      param: x.param, gate: x.gate, gateName: x.gateName, wires: [...spec.wires], step: x.step,
      steps, sequence: index, rule: x.rule,
      angle: angleTerms(spec.angle as Angle, params, input), slope: x.slope,
      stepAngles: model.cell.map((g) => stepAngle(g, params, input)),
      outputs: x.outputs, targets: [...sequence.targets], loss: x.loss, dLdy: x.dLdy,
      shifted: x.shifted.map((r) => ({ shift: r.shift, weight: r.weight, outputs: r.outputs })),
      dyda: x.dyda, dLda: x.dLda, contribution: x.contribution,
      occurrences: x.parameter.occurrences.map((o) => ({ gate: o.gate, step: o.step, contribution: o.contribution })),
      sum: x.parameter.sum, headPart: x.parameter.headPart, total: x.parameter.total, adjoint: x.parameter.adjoint,
      mistake: x.mistake ?? null,
      computedIn,
    };
  } catch (error) {
    return refuse('model', error);
  }
}

/** The first setting out of bounds, as a refusal; `null` when all are fine. */
function checkCompare(options: CompareOptions, params: Record<string, number>): TeachingRefusal | null {
  if (!(options.param in params)) return refuse('param', `There is no parameter named "${options.param}".`);
  if (options.shots.length === 0 || options.shots.some((n) => !Number.isInteger(n) || n < 1 || n > COMPARE_LIMITS.shots)) {
    return refuse('shots', `Shot counts must be whole numbers from 1 to ${COMPARE_LIMITS.shots}.`);
  }
  if (options.steps.some((h) => !(h > 0) || !Number.isFinite(h))) return refuse('steps', 'Finite-difference steps must be positive numbers.');
  if (!Number.isInteger(options.repeats) || options.repeats < 2 || options.repeats > COMPARE_LIMITS.repeats) {
    return refuse('repeats', `Repeats must be a whole number from 2 to ${COMPARE_LIMITS.repeats}.`);
  }
  if (options.shots.length * (options.steps.length + 2) > COMPARE_LIMITS.configurations) {
    return refuse('shots', `At most ${COMPARE_LIMITS.configurations} configurations: fewer shot counts or steps.`);
  }
  return null;
}

/**
 * Calls a progress callback that may be a Comlink proxy (its call returns a promise) whose page
 * has gone: a report nobody takes is dropped, and never stops the comparison.
 */
function tell(onProgress: CompareProgressCallback, done: number, total: number, point?: ComparePoint, exact?: number): void {
  try {
    void Promise.resolve(onProgress(done, total, point, exact)).catch(() => undefined);
  } catch {
    // The page no longer follows this comparison.
  }
}

/** A comparison point as the protocol carries it (plain data, `h` null for methods without one). */
function toComparePoint(p: ComparisonPoint): ComparePoint {
  return {
    method: p.method, h: p.h ?? null, shots: p.shots, estimates: p.estimates,
    mean: p.mean, std: p.std, bias: p.bias, rmse: p.rmse,
    circuitExecutions: p.cost.circuitExecutions, totalShots: p.cost.shots,
  };
}

/** The comparison's settings as `gradients/compare.ts` takes them. */
const specOf = (options: CompareOptions) => ({ param: options.param, shots: options.shots, steps: options.steps, repeats: options.repeats, seed: options.seed ?? 1 });

/**
 * Configuration `config` of the comparison `options` asks for (in `compareMethods`' order),
 * with the exact gradient: the same point `compareExperiment` gives at that place, so a
 * comparison split over the worker pool is the one computed in one worker. Refused like
 * `compareExperiment`, and for a configuration that does not exist.
 */
export function compareConfiguration(experimentJson: string, options: CompareOptions, config: number): CompareConfigReply {
  const built = problemOf(experimentJson, options.sequence, options.params);
  if ('ok' in built) return built;
  const { problem } = built;
  const bad = checkCompare(options, problem.params);
  if (bad) return bad;
  const spec = specOf(options);
  const configs = comparisonConfigs(spec);
  if (!Number.isInteger(config) || config < 0 || config >= configs.length) return refuse('config', `There is no configuration ${config}: the comparison has ${configs.length}.`);
  try {
    const exact = exactGradient(problem, spec);
    return { ok: true, point: toComparePoint(runComparisonConfig(problem, spec, configs[config], exact)), exact };
  } catch (error) {
    return refuse('model', error);
  }
}

/** Compares gradient estimates of `options.param`; `onProgress(done, total)` after each configuration. */
export function compareExperiment(experimentJson: string, options: CompareOptions, computedIn: Realm, onProgress?: CompareProgressCallback): CompareReply {
  const built = problemOf(experimentJson, options.sequence, options.params);
  if ('ok' in built) return built;
  const { problem } = built;
  const bad = checkCompare(options, problem.params);
  if (bad) return bad;
  try {
    const result = compareMethods(problem, specOf(options), onProgress && ((done, total, point, exact) => tell(onProgress, done, total, toComparePoint(point), exact)));
    return { ok: true, param: result.param, exact: result.exact, repeats: options.repeats, points: result.points.map(toComparePoint), computedIn };
  } catch (error) {
    return refuse('model', error);
  }
}
