/**
 * Adam over a flat `Float64Array` of parameters: the same update as
 * src/training/optimizers.ts `optimizerStep` with kind `adam` (Kingma & Ba, `beta1 = 0.9`,
 * `beta2 = 0.999`, `eps = 1e-8`, bias-corrected with detmath's `pow`), term for term, so it
 * gives the same bits (a test checks it); only the storage differs, because an LSTM's
 * thousands of weights would make named records slow.
 */
import { pow } from '../core/detmath';
import { OPTIMIZER_DEFAULTS } from '../training/optimizers';

export interface AdamState {
  /** Completed updates. */
  iteration: number;
  m: Float64Array;
  v: Float64Array;
}

export function initialAdamState(size: number): AdamState {
  return { iteration: 0, m: new Float64Array(size), v: new Float64Array(size) };
}

/** One update of `params` in place, with `gradient`, advancing `state`. */
export function adamStep(state: AdamState, learningRate: number, params: Float64Array, gradient: Float64Array): void {
  const { beta1, beta2, epsilon } = OPTIMIZER_DEFAULTS;
  const k = state.iteration, m = state.m, v = state.v;
  const c1 = 1 - pow(beta1, k + 1), c2 = 1 - pow(beta2, k + 1);
  for (let p = 0; p < params.length; p++) {
    const g = gradient[p];
    m[p] = beta1 * m[p] + (1 - beta1) * g;
    v[p] = beta2 * v[p] + (1 - beta2) * g * g;
    const mHat = m[p] / c1;
    const vHat = v[p] / c2;
    params[p] = params[p] - (learningRate * mHat) / (Math.sqrt(vHat) + epsilon);
  }
  state.iteration = k + 1;
}
