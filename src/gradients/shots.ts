/**
 * Finite-shot estimates (docs/spec.md §3.6): an expectation `e` of a +-1 observable measured with `N`
 * shots is the mean of `N` samples with `P(+1) = (1 + e) / 2`: `(2k - N) / N` for
 * `k ~ Binomial(N, (1 + e)/2)`, drawn from the seeded generator, independently per step and
 * readout.
 */
import type { Rng } from '../core/rng';

export function sampleExpectation(e: number, shots: number, rng: Rng): number {
  const p = Math.min(1, Math.max(0, (1 + e) / 2));
  const k = rng.binomial(shots, p);
  return (2 * k - shots) / shots;
}

/** A sampled copy of one execution's expectations (`[step][readout]`). */
export function sampleExpectations(exact: readonly (readonly number[])[], shots: number, rng: Rng): number[][] {
  return exact.map((row) => row.map((e) => sampleExpectation(e, shots, rng)));
}
