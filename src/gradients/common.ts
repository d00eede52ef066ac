/**
 * What every method shares: the chain rule through the head and the loss, turning angle
 * derivatives into per-occurrence contributions, and summing contributions into the gradient.
 */
import { GATES, kron2, pauliMatrix, type Generator } from '../core/gates';
import { headWeights, mse, mseGradient, outputsOf } from '../simulation/head';
import { headsOf } from '../model/outputs';
import type { Model, Params, Sequence, LossSpec } from '../model/types';
import type { GradientProblem, OccurrenceContribution } from './types';
import { parameterRoles, type Occurrence } from '../simulation/unroll';

/** The parameters to differentiate. */
export function trainableOf(problem: Pick<GradientProblem, 'params' | 'trainable'>): string[] {
  return problem.trainable ? [...problem.trainable] : Object.keys(problem.params);
}

/**
 * Whether the heads' gradient needs features sampled apart from the execution that gives
 * `dL/dyhat`: with shots, `sum_t dL/dyhat_t e_t` from one sample multiplies two estimates of
 * the same noise and is biased by about `2 w (1 - e^2) / (N |S|)`; two independent
 * executions make it unbiased. Only when a head parameter is trained, else no execution
 * is spent on it.
 */
export function separateHeadSample(model: Model, trainable: readonly string[], shots: number | null): boolean {
  return shots !== null && parameterRoles(model).head.some((p) => trainable.includes(p));
}

/** Outputs, loss and `dL/dyhat_{t,j}` from per-step features. */
export function scoreExpectations(model: Model, params: Params, sequence: Sequence, loss: LossSpec, expectations: readonly (readonly number[])[]) {
  const outputs = expectations.map((e) => outputsOf(model, params, e));
  return { outputs, loss: mse(outputs, sequence.targets, loss), dLdy: mseGradient(outputs, sequence.targets, loss) };
}

/**
 * `dL/dp` for the heads' parameters: `sum_t dL/dyhat_{t,j} e_{i,t}` for head `j`'s weight `i`
 * and `sum_t dL/dyhat_{t,j}` for its bias. `dLdy` and `expectations` may come from
 * independent executions (shots), which keeps the product unbiased.
 */
export function headGradient(model: Pick<Model, 'head'>, dLdy: readonly (readonly number[])[], expectations: readonly (readonly number[])[]): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (name: string | number, v: number) => { if (typeof name === 'string') out[name] = (out[name] ?? 0) + v; };
  headsOf(model).forEach((head, j) => {
    head.weights.forEach((w, i) => add(w, dLdy.reduce((s, g, t) => s + g[j] * expectations[t][i], 0)));
    add(head.bias, dLdy.reduce((s, g) => s + g[j], 0));
  });
  return out;
}

/**
 * `dL/de_{i,t} = sum_j dL/dyhat_{t,j} w_{j,i}`: the weight of feature `i` in the observable
 * the adjoint carries back (readout error is applied there, simulation/features.ts).
 */
export function readoutCoefficients(model: Model, params: Params, dLdy: readonly (readonly number[])[]): number[][] {
  const w = headWeights(model, params);
  const features = w[0].length;
  return dLdy.map((g) => {
    const row = new Array<number>(features);
    for (let i = 0; i < features; i++) {
      let c = g[0] * w[0][i];
      for (let j = 1; j < w.length; j++) c += g[j] * w[j][i];
      row[i] = c;
    }
    return row;
  });
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
