/**
 * The linear head every baseline puts on its state (docs/spec.md §8: "its `yhat_t` comes
 * from a linear head on its state"): `yhat_{t,j} = sum_k V[j][k] s_{t,k} + c_j`, the
 * classical twin of the QRNN's head (src/simulation/head.ts).
 *
 * A model's flat parameters are the recurrence's `size` entries, then `V` row-major
 * (`m x stateSize`), then `c` (`m`): `size + m(stateSize + 1)` in all.
 */
import type { Recurrence } from './recurrence';

export interface BaselineModel {
  readonly recurrence: Recurrence;
  /** `m`, the targets' row length. */
  readonly outputs: number;
  /** Every trained parameter: the recurrence's and the head's. */
  readonly size: number;
}

export function baselineModel(recurrence: Recurrence, outputs: number): BaselineModel {
  return { recurrence, outputs, size: recurrence.size + outputs * (recurrence.stateSize + 1) };
}

/** Where the head's weights start in the flat parameters; its biases follow at `+ m * stateSize`. */
export function headOffset(model: BaselineModel): number {
  return model.recurrence.size;
}

/** `yhat_t` for every step, `[step][output]`. */
export function headOutputs(model: BaselineModel, params: Float64Array, states: readonly Float64Array[]): number[][] {
  const d = model.recurrence.stateSize, m = model.outputs, v = headOffset(model), c = v + m * d;
  return states.map((s) => {
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++) {
      let y = params[c + j];
      for (let k = 0; k < d; k++) y += params[v + j * d + k] * s[k];
      row[j] = y;
    }
    return row;
  });
}

/**
 * The head's backward pass: given `dL/dyhat_t` (`[step][output]`), adds `dL/dV` and `dL/dc`
 * into `gradient` and returns `dL/ds_t = V^T dL/dyhat_t` for every step.
 */
export function headBackward(model: BaselineModel, params: Float64Array, states: readonly Float64Array[], dOutputs: readonly (readonly number[])[], gradient: Float64Array): Float64Array[] {
  const d = model.recurrence.stateSize, m = model.outputs, v = headOffset(model), c = v + m * d;
  return states.map((s, t) => {
    const ds = new Float64Array(d);
    for (let j = 0; j < m; j++) {
      const g = dOutputs[t][j];
      if (g === 0) continue;
      gradient[c + j] += g;
      for (let k = 0; k < d; k++) {
        gradient[v + j * d + k] += g * s[k];
        ds[k] += params[v + j * d + k] * g;
      }
    }
    return ds;
  });
}
