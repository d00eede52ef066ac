/**
 * The bias of parameter-shift under shots for a QLSTM (docs/spec.md §7, "Gradients"),
 * measured: the estimate with `S` shots per execution, repeated over `N` seeds, against the
 * exact value. Two quantities come from each estimate at no extra cost: the occurrence's
 * contribution (what the Explain view walks) and the parameter's gradient (the sum over its
 * occurrences, what training uses).
 *
 * Why there is a bias: every execution's results are sampled, the unshifted ones too, and
 * those feed the recurrence, through `sigmoid`, `tanh` and the products of the LSTM. The
 * shifted evaluations are unbiased and each enters the estimate linearly, times things
 * drawn from other executions, so given the forward run's samples the estimate's mean is the
 * exact back-propagation through the sampled forward run. That is a non-linear function `F`
 * of the forward noise `eps_i` (one per circuit result, mean 0, variance `(1 - a_i^2)/S`,
 * independent given the past), so to second order (the delta method)
 *
 *     E[estimate] - exact ~ (1 / 2S) sum_i (1 - a_i^2) d^2 F / d eps_i^2,
 *
 * an `O(1/S)` bias while the spread is `O(1/sqrt S)`: {@link deltaMethodBias} computes it,
 * the curvatures by central differences of the adjoint with `eps_i` added to one result.
 */
import { qlstmParamName } from '../model/types';
import { adjointPullback } from './adjoint';
import { circuitAngles, circuitGates, evaluateCircuit } from './circuit';
import { Contributions } from './contributions';
import { backward, type Evaluate } from './lstm';
import { shiftOfOccurrence, type OccurrenceRef } from './occurrence';
import { qlstmParameterShift } from './parameterShift';
import { shapeOf } from './parameters';
import { circuitsOf, featureCotangents, runWith } from './run';
import type { QlstmProblem } from './types';

/** `N` estimates of one quantity against its exact value. */
export interface BiasStatistics {
  estimates: number[];
  mean: number;
  /** Sample standard deviation (`N - 1`). */
  std: number;
  /** `std / sqrt(N)`: the mean's own noise. */
  standardError: number;
  exact: number;
  /** `mean - exact`. */
  bias: number;
  /** `|bias| > 3 standard errors`: more than the seeds' noise explains. */
  beyondNoise: boolean;
}

export interface QlstmBiasMeasurement {
  param: string;
  at: OccurrenceRef;
  shots: number;
  seeds: number;
  /** Estimate `r` uses seed `firstSeed + r`. */
  firstSeed: number;
  /** Circuit executions of one estimate (each `shots` shots). */
  executionsPerEstimate: number;
  occurrence: BiasStatistics;
  parameter: BiasStatistics;
}

export interface BiasOptions {
  shots: number;
  seeds: number;
  /** Default 1. */
  seed?: number;
}

/** The statistics of `estimates` against `exact`. */
export function biasStatistics(estimates: number[], exact: number): BiasStatistics {
  const N = estimates.length;
  const mean = estimates.reduce((a, b) => a + b, 0) / N;
  const std = Math.sqrt(estimates.reduce((a, e) => a + (e - mean) * (e - mean), 0) / (N - 1));
  const standardError = std / Math.sqrt(N);
  const bias = mean - exact;
  return { estimates, mean, std, standardError, exact, bias, beyondNoise: Math.abs(bias) > 3 * standardError };
}

/** The occurrence's contribution and the parameter's gradient from one parameter-shift estimate. */
function estimate(problem: QlstmProblem, param: string, step: number, shots: number | null, seed: number) {
  const result = qlstmParameterShift({ ...problem, trainable: [param] }, { shots, seed });
  // One angle trained: its occurrences are listed one per step, in step order.
  return { occurrence: result.occurrences[step].contribution, parameter: result.gradient[param], executions: result.cost.circuitExecutions };
}

/** Circuit executions of one estimate of one parameter's gradient (cost.test.ts's count, one angle trained). */
export function estimateExecutions(problem: QlstmProblem): number {
  const { model, sequence } = problem;
  const T = sequence.inputs.length, n = model.inputSize + model.hiddenSize, h = model.hiddenSize;
  return 6 * T + 2 * T + 16 * h * (T - 1) + 8 * n * T;
}

/**
 * The work of one estimate at `S` shots is `fixed + perRootShot * sqrt(S)`, in units of about
 * 8 ns in a browser (measured on the qlstm-sine preset and a two-qubit model): per execution
 * about 250 for the bookkeeping, one per gate per amplitude, and `sqrt(S) / 2` per qubit for
 * drawing its binomial (the draw walks out from the mode, about `sqrt(S)` steps). A caller
 * bounds `seeds` times it (src/worker/teachingQlstm.ts).
 */
export function estimateWork(problem: QlstmProblem): { fixed: number; perRootShot: number } {
  const shape = shapeOf(problem.model);
  const executions = estimateExecutions(problem);
  return { fixed: executions * (250 + circuitGates(shape).length * (1 << shape.n)), perRootShot: (executions * shape.n) / 2 };
}

/**
 * Measures the bias of parameter-shift with `options.shots` shots for occurrence `at` and its
 * parameter, over seeds `seed .. seed + seeds - 1`. Deterministic: the same options give the
 * same bits. Its work is `seeds` times {@link estimateWork}: the caller bounds it. Throws
 * (naming the field) for an occurrence the model lacks, fewer than 2 seeds or bad shots.
 */
export function measureQlstmBias(problem: QlstmProblem, at: OccurrenceRef, options: BiasOptions): QlstmBiasMeasurement {
  shiftOfOccurrence(problem.model, problem.sequence.inputs.length, at, 0);
  if (!(Number.isInteger(options.shots) && options.shots >= 1)) throw new Error(`shots must be a whole number from 1, got ${options.shots}`);
  if (!(Number.isInteger(options.seeds) && options.seeds >= 2)) throw new Error(`seeds must be a whole number from 2 (a spread needs two), got ${options.seeds}`);
  const param = qlstmParamName(at.circuit, at.layer, at.qubit, at.angle);
  const firstSeed = options.seed ?? 1;
  const exact = estimate(problem, param, at.step, null, firstSeed);
  const runs = Array.from({ length: options.seeds }, (_, r) => estimate(problem, param, at.step, options.shots, firstSeed + r));
  return {
    param, at: { ...at }, shots: options.shots, seeds: options.seeds, firstSeed, executionsPerEstimate: runs[0].executions,
    occurrence: biasStatistics(runs.map((e) => e.occurrence), exact.occurrence),
    parameter: biasStatistics(runs.map((e) => e.parameter), exact.parameter),
  };
}

/**
 * The delta method's bias of the estimates with `shots` shots, for the occurrence and the
 * parameter (see the top of this file). Costs `12 T n + 1` exact back-propagations: for
 * tests and small models, not for the page.
 */
export function deltaMethodBias(problem: QlstmProblem, at: OccurrenceRef, shots: number, h = 1e-3): { occurrence: number; parameter: number } {
  const { model, params, sequence, loss } = problem;
  const T = sequence.inputs.length;
  shiftOfOccurrence(model, T, at, 0);
  const n = model.inputSize + model.hiddenSize;
  const param = qlstmParamName(at.circuit, at.layer, at.qubit, at.angle);
  const circuits = circuitsOf(model, params);
  /** `F` with `delta` added to result `j` of circuit `k` at step `t`: the exact back-propagation through that forward run. */
  const F = (k: number, t: number, j: number, delta: number) => {
    const evaluate: Evaluate = (kk, tt, u) => {
      const a = evaluateCircuit(circuits.shape, circuits.gates, circuitAngles(circuits.shape, u, circuits.thetas[kk]));
      if (kk === k && tt === t) a[j] += delta;
      return a;
    };
    const run = runWith(model, params, sequence, loss, evaluate);
    const table = new Contributions(model, T, new Set([param]));
    backward(model, run.tape, featureCotangents(model, params, run.dLdy), adjointPullback(circuits, table));
    const occurrences = table.list();
    return { occurrence: occurrences[at.step].contribution, parameter: occurrences.reduce((s, o) => s + o.contribution, 0), steps: run.tape.steps };
  };
  const base = F(-1, -1, 0, 0);
  let occurrence = 0, parameter = 0;
  for (let t = 0; t < T; t++) {
    for (let k = 0; k < 6; k++) {
      for (let j = 0; j < n; j++) {
        const a = base.steps[t].a[k][j];
        const up = F(k, t, j, h), down = F(k, t, j, -h);
        const variance = (1 - a * a) / shots;
        occurrence += (variance * (up.occurrence - 2 * base.occurrence + down.occurrence)) / (h * h) / 2;
        parameter += (variance * (up.parameter - 2 * base.parameter + down.parameter)) / (h * h) / 2;
      }
    }
  }
  return { occurrence, parameter };
}
