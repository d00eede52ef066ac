/**
 * The `esn` baseline's fixed reservoir (docs/spec.md §8; Jaeger 2001):
 *
 *     s_t = tanh(W_in x_t + W s_{t-1}),   s_{-1} = 0,
 *
 * with no bias inside the reservoir (the head has one). `W` is `units x units`, its entries
 * drawn `U(-1, 1)` from the run's seed, then scaled so that its spectral radius (computed
 * exactly: spectralRadius.ts) is `spectralRadius`; `W_in` is `units x i`, drawn
 * `U(-inputScale, inputScale)` after `W`. Nothing in the reservoir is trained, so its
 * recurrence has no parameters and no backward pass: only the head learns, by ridge
 * regression (ridge.ts).
 */
import type { Rng } from '../core/rng';
import type { Recurrence, RecurrenceRun } from './recurrence';
import { tanh } from './activations';
import { spectralRadius } from './spectralRadius';

export interface Reservoir {
  units: number;
  inputSize: number;
  /** `W`, row-major `units x units`, already scaled. */
  weights: Float64Array;
  /** `W_in`, row-major `units x inputSize`. */
  inputWeights: Float64Array;
}

/** Draws a reservoir from `rng`: `W` first, row by row, then `W_in`. */
export function drawReservoir(rng: Rng, units: number, inputSize: number, radius: number, inputScale: number): Reservoir {
  const weights = new Float64Array(units * units);
  for (let k = 0; k < weights.length; k++) weights[k] = 2 * rng.next() - 1;
  const inputWeights = new Float64Array(units * inputSize);
  for (let k = 0; k < inputWeights.length; k++) inputWeights[k] = inputScale * (2 * rng.next() - 1);
  const drawn = spectralRadius(weights, units);
  // A matrix with no nonzero eigenvalue (nilpotent) cannot be scaled to a radius; it is left as drawn.
  if (drawn > 0) for (let k = 0; k < weights.length; k++) weights[k] *= radius / drawn;
  return { units, inputSize, weights, inputWeights };
}

export function reservoirRecurrence(reservoir: Reservoir): Recurrence {
  return { stateSize: reservoir.units, size: 0, run: (_theta, inputs) => runReservoir(reservoir, inputs) };
}

function runReservoir({ units, inputSize, weights, inputWeights }: Reservoir, inputs: readonly (readonly number[])[]): RecurrenceRun {
  const states: Float64Array[] = [];
  let prev = new Float64Array(units);
  for (const x of inputs) {
    const s = new Float64Array(units);
    for (let u = 0; u < units; u++) {
      let a = 0;
      for (let k = 0; k < inputSize; k++) a += inputWeights[u * inputSize + k] * x[k];
      for (let k = 0; k < units; k++) a += weights[u * units + k] * prev[k];
      s[u] = tanh(a);
    }
    states.push(s);
    prev = s;
  }
  return { states, backward: () => {} };
}
