/**
 * The `gru` baseline's recurrence, as docs/spec.md §8 writes it (Cho et al. 2014: the reset
 * gate acts on the state before the candidate's weights, unlike PyTorch's variant):
 *
 *     z = sigmoid(W_z [x_t, h_{t-1}] + b_z),   r = sigmoid(W_r [x_t, h_{t-1}] + b_r),
 *     n = tanh(W_n [x_t, r * h_{t-1}] + b_n),   h_t = (1 - z) n + z h_{t-1},   h_{-1} = 0,
 *
 * and the state the head reads is `h_t`. Parameters: three gates' rows (gates.ts), in the
 * order z, r, n, so `3h(i + h + 1)` of them; the backward pass is exact BPTT.
 */
import { sigmoid, tanh } from './activations';
import { affineRows, affineRowsBackward } from './gates';
import type { Recurrence, RecurrenceRun } from './recurrence';

export function gruRecurrence(inputSize: number, hidden: number): Recurrence {
  const h = hidden;
  return {
    stateSize: h,
    size: 3 * h * (inputSize + h + 1),
    run: (theta, inputs) => runGru(theta, h, inputs),
  };
}

function runGru(theta: Float64Array, h: number, inputs: readonly (readonly number[])[]): RecurrenceRun {
  const T = inputs.length;
  // Per step: the activated [z, r, n] (3h) and r * h_{t-1}, the candidate's input.
  const gates: Float64Array[] = [], resets: Float64Array[] = [], states: Float64Array[] = [];
  const zero = new Float64Array(h);
  let hPrev = zero;
  for (let t = 0; t < T; t++) {
    const a = new Float64Array(3 * h), rh = new Float64Array(h), hNew = new Float64Array(h);
    affineRows(theta, 0, 2 * h, inputs[t], hPrev, a);
    for (let u = 0; u < 2 * h; u++) a[u] = sigmoid(a[u]);
    for (let u = 0; u < h; u++) rh[u] = a[h + u] * hPrev[u];
    affineRows(theta, 2 * h, h, inputs[t], rh, a.subarray(2 * h));
    for (let u = 0; u < h; u++) {
      const z = a[u], n = tanh(a[2 * h + u]);
      a[2 * h + u] = n;
      hNew[u] = (1 - z) * n + z * hPrev[u];
    }
    gates.push(a); resets.push(rh); states.push(hNew);
    hPrev = hNew;
  }
  const backward = (dStates: readonly Float64Array[], gradient: Float64Array): void => {
    let dhNext = new Float64Array(h);
    const dzr = new Float64Array(2 * h), dn = new Float64Array(h);
    for (let t = T - 1; t >= 0; t--) {
      const g = gates[t], hBefore = t > 0 ? states[t - 1] : zero;
      const dh = new Float64Array(h);
      for (let u = 0; u < h; u++) {
        dh[u] = dStates[t][u] + dhNext[u];
        const z = g[u], n = g[2 * h + u];
        dzr[u] = dh[u] * (hBefore[u] - n) * z * (1 - z);
        dn[u] = dh[u] * (1 - z) * (1 - n * n);
      }
      // Through the candidate: its rows, then r * h_{t-1} splits into r's and h_{t-1}'s share.
      const dRh = new Float64Array(h);
      affineRowsBackward(theta, 2 * h, h, inputs[t], resets[t], dn, gradient, dRh);
      const prev = new Float64Array(h);
      for (let u = 0; u < h; u++) {
        const r = g[h + u];
        dzr[h + u] = dRh[u] * hBefore[u] * r * (1 - r);
        prev[u] = dh[u] * g[u] + dRh[u] * r;
      }
      affineRowsBackward(theta, 0, 2 * h, inputs[t], hBefore, dzr, gradient, prev);
      dhNext = prev;
    }
  };
  return { states, backward };
}
