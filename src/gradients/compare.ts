/**
 * The method comparison: repeated estimates of one parameter's gradient by parameter-shift,
 * finite differences (several steps `h`) and SPSA, at several shot counts, each with its
 * spread and the hardware cost of one estimate, against the exact (adjoint) value. Seeded:
 * estimate `r` of a configuration uses seed `seed + r`.
 */
import { adjoint } from './adjoint';
import { finiteDifference } from './finiteDifference';
import { parameterShift } from './parameterShift';
import { spsa } from './spsa';
import type { Cost, GradientMethod, GradientOptions, GradientProblem } from './types';

export interface ComparisonSpec {
  param: string;
  shots: readonly number[];
  /** Finite-difference steps. */
  steps: readonly number[];
  /** Estimates per configuration. */
  repeats: number;
  seed: number;
}

export interface ComparisonPoint {
  method: 'parameter-shift' | 'finite-difference' | 'spsa';
  /** Finite differences only. */
  h?: number;
  shots: number;
  estimates: number[];
  mean: number;
  std: number;
  /** `mean - exact`. */
  bias: number;
  /** Root mean squared error against the exact value. */
  rmse: number;
  /** The cost of one estimate. */
  cost: Cost;
}

export interface Comparison {
  param: string;
  exact: number;
  points: ComparisonPoint[];
}

/** One configuration of a comparison: a method at a shot count (and, for finite differences, a step). */
export interface ComparisonConfig {
  method: ComparisonPoint['method'];
  run: GradientMethod;
  options: GradientOptions;
  h?: number;
  shots: number;
  trainable?: string[];
}

/**
 * The configurations of `spec`, in the comparison's order: for each shot count,
 * parameter-shift, finite differences at each step, then SPSA.
 */
export function comparisonConfigs(spec: ComparisonSpec): ComparisonConfig[] {
  const configs: ComparisonConfig[] = [];
  for (const shots of spec.shots) {
    configs.push({ method: 'parameter-shift', run: parameterShift, options: { shots }, shots, trainable: [spec.param] });
    for (const h of spec.steps) configs.push({ method: 'finite-difference', run: finiteDifference, options: { shots, h }, h, shots, trainable: [spec.param] });
    configs.push({ method: 'spsa', run: spsa, options: { shots }, shots });
  }
  return configs;
}

/** The exact (adjoint) gradient of `spec.param`, against which every configuration is measured. */
export function exactGradient(problem: GradientProblem, spec: Pick<ComparisonSpec, 'param'>): number {
  return adjoint({ ...problem, trainable: [spec.param] }).gradient[spec.param];
}

/**
 * One configuration's `repeats` estimates and their spread. Estimate `r` is seeded with
 * `seed + r` and nothing else, so a configuration gives the same point whether it runs alone
 * (one task of the page's worker pool) or after the others.
 */
export function runComparisonConfig(problem: GradientProblem, spec: ComparisonSpec, config: ComparisonConfig, exact: number): ComparisonPoint {
  const estimates: number[] = [];
  let cost: Cost = { circuitExecutions: 0, shots: 0 };
  for (let r = 0; r < spec.repeats; r++) {
    const result = config.run({ ...problem, trainable: config.trainable ?? problem.trainable }, { ...config.options, seed: spec.seed + r });
    estimates.push(result.gradient[spec.param]);
    cost = result.cost;
  }
  return { method: config.method, h: config.h, shots: config.shots, estimates, ...summary(estimates, exact), cost };
}

/** Runs every configuration; `onProgress(done, total, point, exact)` after each, with the point just finished. */
export function compareMethods(problem: GradientProblem, spec: ComparisonSpec, onProgress?: (done: number, total: number, point: ComparisonPoint, exact: number) => void): Comparison {
  const exact = exactGradient(problem, spec);
  const configs = comparisonConfigs(spec);
  const points = configs.map((c, i) => {
    const point = runComparisonConfig(problem, spec, c, exact);
    onProgress?.(i + 1, configs.length, point, exact);
    return point;
  });
  return { param: spec.param, exact, points };
}

/**
 * Mean, bias and rmse against `exact`, and the population standard deviation (divided by
 * n, not n - 1), so that rmse² = bias² + std² holds exactly as the page shows it.
 */
function summary(xs: readonly number[], exact: number) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / xs.length);
  const rmse = Math.sqrt(xs.reduce((s, x) => s + (x - exact) * (x - exact), 0) / xs.length);
  return { mean, std, bias: mean - exact, rmse };
}
