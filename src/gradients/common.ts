/**
 * What every method shares: the chain rule through the head and the loss, turning angle
 * derivatives into per-occurrence contributions, and summing contributions into the gradient.
 */
import { GATES, kron2, pauliMatrix, type Generator } from '../core/gates';
import { headOutput, headWeights, mse, mseGradient } from '../simulation/head';
import type { Model, Params, Sequence, LossSpec } from '../model/types';
import type { GradientProblem, OccurrenceContribution } from './types';
import type { Occurrence } from '../simulation/unroll';

/** The parameters to differentiate. */
export function trainableOf(problem: GradientProblem): string[] {
  return problem.trainable ? [...problem.trainable] : Object.keys(problem.params);
}

/** Outputs, loss and `dL/dyhat_t` from per-step expectations. */
export function scoreExpectations(model: Model, params: Params, sequence: Sequence, loss: LossSpec, expectations: readonly (readonly number[])[]) {
  const outputs = expectations.map((e) => headOutput(model.head, params, e));
  return { outputs, loss: mse(outputs, sequence.targets, loss), dLdy: mseGradient(outputs, sequence.targets, loss) };
}

/**
 * `dL/dp` for the head's parameters: `sum_t dL/dyhat_t e_{i,t}` for a weight and
 * `sum_t dL/dyhat_t` for the bias. `dLdy` and `expectations` may come from independent
 * executions (shots), which keeps the product unbiased.
 */
export function headGradient(model: Model, dLdy: readonly number[], expectations: readonly (readonly number[])[]): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (name: string | number, v: number) => { if (typeof name === 'string') out[name] = (out[name] ?? 0) + v; };
  model.head.weights.forEach((w, i) => add(w, dLdy.reduce((s, g, t) => s + g * expectations[t][i], 0)));
  add(model.head.bias, dLdy.reduce((s, g) => s + g, 0));
  return out;
}

/** `dL/de_{i,t}`: the weight of readout `i` in the observable the adjoint carries back. */
export function readoutCoefficients(model: Model, params: Params, dLdy: readonly number[]): number[][] {
  const w = headWeights(model.head, params);
  const q = model.noise?.q ?? 0;
  return dLdy.map((g) => w.map((wi) => g * wi * (1 - 2 * q)));
}

/** Sums contributions per parameter, adds the head's, and keeps only trainable names. */
export function assembleGradient(trainable: readonly string[], occurrences: readonly OccurrenceContribution[], head: Record<string, number>): Record<string, number> {
  const sums = new Map<string, number>(trainable.map((p) => [p, 0]));
  for (const o of occurrences) {
    const before = sums.get(o.param);
    if (before !== undefined) sums.set(o.param, before + o.contribution);
  }
  for (const [p, v] of Object.entries(head)) {
    const before = sums.get(p);
    if (before !== undefined) sums.set(p, before + v);
  }
  return Object.fromEntries(sums);
}

/** An occurrence with its contribution (a plain literal: object spread is slow on hot paths). */
export function contributionOf(o: Occurrence, contribution: number): OccurrenceContribution {
  return { param: o.param, gate: o.gate, step: o.step, contribution };
}

/** The 2x2 identity, interleaved complex. */
const IDENTITY_2 = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);

/** The generator `K` of a gate (`dG/da = -(i/2) K G`) as a 2x2 or 4x4 matrix on its wires. */
function generatorMatrix(gen: Generator): Float64Array {
  const factor = (p: string) => (p === 'I' ? IDENTITY_2 : pauliMatrix(p as 'X'));
  const k = gen.paulis.length === 1
    ? factor(gen.paulis[0])
    : kron2(gen.controlled ? Float64Array.of(0, 0, 0, 0, 0, 0, 1, 0) : factor(gen.paulis[0]), factor(gen.paulis[1]));
  return k.map((x) => x * gen.scale);
}

/** Generator matrices for every gate of the cell that has one (by cell index). */
export function generatorsOf(model: Model): (Float64Array | null)[] {
  return model.cell.map((g) => {
    const gen = GATES[g.gate].generator;
    return gen ? generatorMatrix(gen) : null;
  });
}
