/**
 * Finite-shot estimates (docs/spec.md §3.6, §5.2, §6). With `independent` sampling (the
 * default), an expectation `e` of a +-1 observable measured with `N` shots is the mean of `N`
 * samples with `P(+1) = (1 + e) / 2`: `(2k - N) / N` for `k ~ Binomial(N, (1 + e)/2)`; a
 * probabilities readout's wires are measured together, so its features are the outcome
 * frequencies `k_b / N` of one multinomial draw of `N` shots over its `2^k` outcomes (readout
 * error already in the reported vector, which is the distribution of the recorded bits). Both
 * are drawn from the seeded generator, independently per step and readout. With `trajectory`
 * sampling, every shot is one
 * run of the whole sequence (simulation/trajectories.ts), so the steps of one execution are
 * correlated as on a QPU.
 *
 * The methods measure every execution through one {@link Sampler}, saying which circuit it is
 * (the unshifted one, one shifted angle, moved parameters), so no method has a code path per
 * kind of sampling.
 */
import { multinomial, type Rng } from '../core/rng';
import type { Params, Readout, Sampling } from '../model/types';
import { sampleTrajectories } from '../simulation/trajectories';
import type { GradientProblem } from './types';

export function sampleExpectation(e: number, shots: number, rng: Rng): number {
  const p = Math.min(1, Math.max(0, (1 + e) / 2));
  const k = rng.binomial(shots, p);
  return (2 * k - shots) / shots;
}

/**
 * A sampled copy of one execution's features (`[step][feature]`), readout by readout: a Pauli's
 * expectation by {@link sampleExpectation}, a probabilities readout's `2^k` features as the
 * frequencies of one multinomial draw.
 */
export function sampleFeatures(readouts: readonly Readout[], exact: readonly (readonly number[])[], shots: number, rng: Rng): number[][] {
  return exact.map((row) => {
    const out: number[] = [];
    let at = 0;
    for (const r of readouts) {
      if (r.observable === 'probabilities') {
        const size = 1 << r.wires.length;
        const counts = multinomial(rng, shots, row.slice(at, at + size));
        for (const k of counts) out.push(k / shots);
        at += size;
      } else out.push(sampleExpectation(row[at++], shots, rng));
    }
    return out;
  });
}

/** Which circuit an execution runs: the problem's, unless its parameters are moved or an angle shifted. */
export interface Execution {
  /** The parameters, when moved from the problem's (finite differences per parameter, SPSA). */
  params?: Params;
  /** The shift in radians of gate `gate`'s angle at step `step` (parameter-shift, differences per occurrence). */
  deltaOf?: (gate: number, step: number) => number;
  /** The first step the caller reads: the exact rows given and the rows returned are steps `from..T-1`. */
  from?: number;
}

/** The one angle shift of an occurrence's execution. */
export function shiftOf(gate: number, step: number, delta: number): (g: number, t: number) => number {
  return (g, t) => (g === gate && t === step ? delta : 0);
}

export interface Sampler {
  /**
   * The features one execution reports, `[step - from][feature]`: `exact` itself without
   * shots; otherwise sampled, from `exact` (independent) or by trajectories of the circuit
   * `execution` names (which `exact` must be the exact features of).
   */
  measure(exact: number[][], execution?: Execution): number[][];
}

/** The sampler a method uses for `problem` with `shots` (`null`: exact) and `sampling` (default independent). */
export function createSampler(problem: GradientProblem, shots: number | null, sampling: Sampling | undefined, rng: Rng): Sampler {
  if (shots === null) return { measure: (exact) => exact };
  if (sampling !== 'trajectory') return { measure: (exact) => sampleFeatures(problem.model.readout, exact, shots, rng) };
  const { model, params, sequence } = problem;
  return {
    measure: (_exact, execution = {}) => sampleTrajectories({ model, params: execution.params ?? params, inputs: sequence.inputs, deltaOf: execution.deltaOf }, shots, rng, execution.from ?? 0),
  };
}
