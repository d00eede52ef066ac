/**
 * One signature for every gradient method (docs/spec.md §3): a problem (model, parameters, one
 * sequence, loss) and options in; the loss, outputs, gradient, per-occurrence contributions
 * and the hardware cost out.
 */
import type { Rng } from '../core/rng';
import type { GradientMethodName, LossSpec, Model, Params, Sampling, Sequence } from '../model/types';

export interface GradientProblem {
  model: Model;
  params: Params;
  sequence: Sequence;
  loss: LossSpec;
  /** Parameters to differentiate; default every parameter in `params`. */
  trainable?: readonly string[];
}

export interface GradientOptions {
  /** Shots per expectation (docs/spec.md §3.6); `null` or absent for exact expectations. */
  shots?: number | null;
  /** How shots are drawn (docs/spec.md §6): `independent` (default) or `trajectory`. */
  sampling?: Sampling;
  /** Seed of the generator for shots and SPSA directions (default 1), unless `rng` is given. */
  seed?: number;
  rng?: Rng;
  /** Finite differences: step `h` in radians or parameter units (default 1e-3 exact, 0.1 with shots). */
  h?: number;
  /**
   * Adjoint: called as each step of the forward pass and then of the backward pass is done
   * (`done` of `total`, `2 T` in all), so a long one can show progress. It only observes.
   */
  onStep?: (done: number, total: number) => void;
  /** Finite differences: `central` (default) or `forward`. */
  variant?: 'central' | 'forward';
  /** Finite differences: estimate each occurrence's contribution (shift one angle by +-h) instead of each parameter. */
  perOccurrence?: boolean;
  /** SPSA: perturbation size `c` (default 0.2), decay `gamma` (0.101) and iteration `k` (0): `c_k = c / (k+1)^gamma`. */
  spsa?: { c?: number; gamma?: number; k?: number };
  /** Parameter-shift: shift every occurrence of a parameter together (the common mistake; for teaching only). */
  shiftAllAtOnce?: boolean;
}

/** One occurrence's share of its parameter's gradient. */
export interface OccurrenceContribution {
  param: string;
  /** Index into `model.cell`. */
  gate: number;
  /** 0-based step. */
  step: number;
  contribution: number;
}

/** What real hardware would pay for the estimate (docs/spec.md §3.5). */
export interface Cost {
  circuitExecutions: number;
  shots: number;
}

export interface GradientResult {
  method: GradientMethodName;
  /**
   * The loss at `params`: from the estimate's own unshifted execution where it has one
   * (sampled with shots), otherwise exact (central differences, SPSA).
   */
  loss: number | null;
  /** `yhat_{t,j}`, `[step][output]`. */
  outputs: number[][];
  /** `dL/dp` for every trainable parameter. */
  gradient: Record<string, number>;
  /** Per-occurrence contributions, step by step; empty for methods that perturb whole parameters. */
  occurrences: OccurrenceContribution[];
  cost: Cost;
}

export type GradientMethod = (problem: GradientProblem, options?: GradientOptions) => GradientResult;
