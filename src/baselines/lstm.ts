/**
 * The `lstm` baseline's recurrence (docs/spec.md §8), with one bias per gate:
 *
 *     i = sigmoid(a_i), f = sigmoid(a_f), g = tanh(a_g), o = sigmoid(a_o),
 *     a_G = W_G [x_t, h_{t-1}] + b_G,
 *     c_t = f * c_{t-1} + i * g,   h_t = o * tanh(c_t),   h_{-1} = c_{-1} = 0,
 *
 * and the state the head reads is `h_t`. Parameters: four gates' rows (gates.ts), in the
 * order i, f, g, o, so `4h(i + h + 1)` of them. The backward pass is back-propagation
 * through time over the cached gates, exact to rounding.
 */
import { sigmoid, tanh } from './activations';
import { affineRows, affineRowsBackward } from './gates';
import type { Recurrence, RecurrenceRun } from './recurrence';

export function lstmRecurrence(inputSize: number, hidden: number): Recurrence {
  const h = hidden;
  return {
    stateSize: h,
    size: 4 * h * (inputSize + h + 1),
    run: (theta, inputs) => runLstm(theta, h, inputs),
  };
}

function runLstm(theta: Float64Array, h: number, inputs: readonly (readonly number[])[]): RecurrenceRun {
  const T = inputs.length;
  // Per step: the activated gates [i, f, g, o] (4h), the cell c_t and tanh(c_t).
  const gates: Float64Array[] = [], cells: Float64Array[] = [], tanhCells: Float64Array[] = [], states: Float64Array[] = [];
  const zero = new Float64Array(h);
  let hPrev = zero, cPrev = zero;
  for (let t = 0; t < T; t++) {
    const a = new Float64Array(4 * h);
    affineRows(theta, 0, 4 * h, inputs[t], hPrev, a);
    const c = new Float64Array(h), tc = new Float64Array(h), hNew = new Float64Array(h);
    for (let u = 0; u < h; u++) {
      const ig = sigmoid(a[u]), fg = sigmoid(a[h + u]), gg = tanh(a[2 * h + u]), og = sigmoid(a[3 * h + u]);
      a[u] = ig; a[h + u] = fg; a[2 * h + u] = gg; a[3 * h + u] = og;
      c[u] = fg * cPrev[u] + ig * gg;
      tc[u] = tanh(c[u]);
      hNew[u] = og * tc[u];
    }
    gates.push(a); cells.push(c); tanhCells.push(tc); states.push(hNew);
    hPrev = hNew; cPrev = c;
  }
  const backward = (dStates: readonly Float64Array[], gradient: Float64Array): void => {
    let dhNext = new Float64Array(h);
    const dcNext = new Float64Array(h), da = new Float64Array(4 * h);
    for (let t = T - 1; t >= 0; t--) {
      const g = gates[t], tc = tanhCells[t], cBefore = t > 0 ? cells[t - 1] : zero, hBefore = t > 0 ? states[t - 1] : zero;
      for (let u = 0; u < h; u++) {
        const dh = dStates[t][u] + dhNext[u];
        const ig = g[u], fg = g[h + u], gg = g[2 * h + u], og = g[3 * h + u];
        const dc = dcNext[u] + dh * og * (1 - tc[u] * tc[u]);
        da[u] = dc * gg * ig * (1 - ig);
        da[h + u] = dc * cBefore[u] * fg * (1 - fg);
        da[2 * h + u] = dc * ig * (1 - gg * gg);
        da[3 * h + u] = dh * tc[u] * og * (1 - og);
        dcNext[u] = dc * fg;
      }
      dhNext = new Float64Array(h);
      affineRowsBackward(theta, 0, 4 * h, inputs[t], hBefore, da, gradient, dhNext);
    }
  };
  return { states, backward };
}
