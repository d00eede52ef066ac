/**
 * The classical head `yhat_t = sum_i w_i e_{i,t} + b` and the MSE loss with washout (docs/spec.md §1.1,
 * 2): the only classical post-processing between the readouts and the loss.
 */
import type { Head, LossSpec, Params } from '../model/types';

const valueOf = (w: string | number, params: Params): number => (typeof w === 'number' ? w : params[w]);

/** `yhat` for one step's expectations. */
export function headOutput(head: Head, params: Params, expectations: readonly number[]): number {
  let y = valueOf(head.bias, params);
  for (let i = 0; i < expectations.length; i++) y += valueOf(head.weights[i], params) * expectations[i];
  return y;
}

/** The head's weight values, in readout order. */
export function headWeights(head: Head, params: Params): number[] {
  return head.weights.map((w) => valueOf(w, params));
}

/** Steps that are scored: `t >= washout` with a target. */
export function scoredSteps(targets: readonly (number | null)[], loss: LossSpec): number[] {
  const out: number[] = [];
  for (let t = loss.washout; t < targets.length; t++) if (targets[t] !== null && targets[t] !== undefined) out.push(t);
  return out;
}

/** Mean squared error over the scored steps, or `null` when none is scored. */
export function mse(outputs: readonly number[], targets: readonly (number | null)[], loss: LossSpec): number | null {
  const steps = scoredSteps(targets, loss);
  if (steps.length === 0) return null;
  let sum = 0;
  for (const t of steps) { const r = outputs[t] - (targets[t] as number); sum += r * r; }
  return sum / steps.length;
}

/** `dL/dyhat_t` for every step (0 where unscored). */
export function mseGradient(outputs: readonly number[], targets: readonly (number | null)[], loss: LossSpec): number[] {
  const steps = scoredSteps(targets, loss);
  const g = new Array<number>(outputs.length).fill(0);
  for (const t of steps) g[t] = (2 * (outputs[t] - (targets[t] as number))) / steps.length;
  return g;
}
