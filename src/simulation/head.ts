/**
 * The classical heads `yhat_{t,j} = sum_i w_{j,i} e_{i,t} + b_j` and the MSE loss with washout
 * (docs/spec.md §1.1, 2, 5.3): the only classical post-processing between the features and
 * the loss. Outputs and targets are rows, one entry per output; the loss is the mean over
 * scored steps and outputs.
 */
import { headsOf } from '../model/outputs';
import type { Head, LossSpec, Model, Params } from '../model/types';

const valueOf = (w: string | number, params: Params): number => (typeof w === 'number' ? w : params[w]);

/** One head's output for one step's features. */
function headOutput(head: Head, params: Params, features: readonly number[]): number {
  let y = valueOf(head.bias, params);
  for (let i = 0; i < features.length; i++) y += valueOf(head.weights[i], params) * features[i];
  return y;
}

/**
 * `sum_j dLdy[j] yhat_{t,j}` for one step's features: the outputs of {@link outputsOf}
 * weighted and summed in order, without building them (parameter-shift asks for it once per
 * shifted execution and later step).
 */
export function weightedOutputs(model: Pick<Model, 'head'>, params: Params, features: readonly number[], dLdy: readonly number[]): number {
  const heads = model.head;
  if (!Array.isArray(heads)) return dLdy[0] * headOutput(heads, params, features);
  let sum = dLdy[0] * headOutput(heads[0], params, features);
  for (let j = 1; j < heads.length; j++) sum += dLdy[j] * headOutput(heads[j], params, features);
  return sum;
}

/** `yhat_t`: every output for one step's features. */
export function outputsOf(model: Pick<Model, 'head'>, params: Params, features: readonly number[]): number[] {
  return headsOf(model).map((h) => headOutput(h, params, features));
}

/** The weight values, `[output][feature]`. */
export function headWeights(model: Pick<Model, 'head'>, params: Params): number[][] {
  return headsOf(model).map((h) => h.weights.map((w) => valueOf(w, params)));
}

/** Steps that are scored: `t >= washout` with a target. */
export function scoredSteps(targets: readonly (readonly number[] | null)[], loss: LossSpec): number[] {
  const out: number[] = [];
  for (let t = loss.washout; t < targets.length; t++) if (targets[t] !== null && targets[t] !== undefined) out.push(t);
  return out;
}

/** Mean squared error over the scored steps and the outputs, or `null` when no step is scored. */
export function mse(outputs: readonly (readonly number[])[], targets: readonly (readonly number[] | null)[], loss: LossSpec): number | null {
  const steps = scoredSteps(targets, loss);
  if (steps.length === 0) return null;
  let sum = 0, terms = 0;
  for (const t of steps) {
    const y = targets[t] as readonly number[];
    for (let j = 0; j < y.length; j++) { const r = outputs[t][j] - y[j]; sum += r * r; }
    terms += y.length;
  }
  return sum / terms;
}

/** `dL/dyhat_{t,j}` for every step and output (0 where unscored). */
export function mseGradient(outputs: readonly (readonly number[])[], targets: readonly (readonly number[] | null)[], loss: LossSpec): number[][] {
  const steps = scoredSteps(targets, loss);
  const g = outputs.map((row) => new Array<number>(row.length).fill(0));
  if (steps.length === 0) return g;
  const terms = steps.length * (targets[steps[0]] as readonly number[]).length;
  for (const t of steps) {
    const y = targets[t] as readonly number[];
    for (let j = 0; j < y.length; j++) g[t][j] = (2 * (outputs[t][j] - y[j])) / terms;
  }
  return g;
}
