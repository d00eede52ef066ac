/**
 * A baseline spec made into a model with its initial parameters, drawn from the run's seed
 * (docs/spec.md §8):
 *
 * - `lstm`, `gru`: every weight and bias, the head's too, `U(-1/sqrt(h), 1/sqrt(h))`
 *   (the SPEC's rule, which is also PyTorch's default for these cells and for a linear layer
 *   of fan-in `h`);
 * - `linear`: `w` and `b` `U(-1/sqrt(i lags), 1/sqrt(i lags))`, PyTorch's default for a
 *   linear layer of that fan-in;
 * - `esn`: the reservoir (esn.ts), and a zero head, which the ridge fit of the first epoch
 *   replaces (so the loss before training is the zero head's).
 *
 * Values are drawn in the order of the flat parameters (recurrence, head weights, head
 * biases), after the reservoir for `esn`.
 */
import type { Rng } from '../core/rng';
import type { BaselineSpec } from '../model/parseBaseline';
import { BASELINE_DEFAULTS } from '../model/parseBaseline';
import { baselineModel, type BaselineModel } from './head';
import { lstmRecurrence } from './lstm';
import { gruRecurrence } from './gru';
import { linearRecurrence } from './linear';
import { drawReservoir, reservoirRecurrence } from './esn';

export interface InitialModel {
  model: BaselineModel;
  params: Float64Array;
}

export function createBaselineModel(spec: BaselineSpec, inputSize: number, outputs: number, rng: Rng): InitialModel {
  if (spec.kind === 'esn') {
    const reservoir = drawReservoir(rng, spec.units, inputSize, spec.spectralRadius, spec.inputScale ?? BASELINE_DEFAULTS.inputScale);
    const model = baselineModel(reservoirRecurrence(reservoir), outputs);
    return { model, params: new Float64Array(model.size) };
  }
  const recurrence = spec.kind === 'linear' ? linearRecurrence(inputSize, spec.lags)
    : spec.kind === 'lstm' ? lstmRecurrence(inputSize, spec.hidden)
    : gruRecurrence(inputSize, spec.hidden);
  const model = baselineModel(recurrence, outputs);
  const bound = 1 / Math.sqrt(recurrence.stateSize);
  const params = new Float64Array(model.size);
  for (let k = 0; k < params.length; k++) params[k] = bound * (2 * rng.next() - 1);
  return { model, params };
}
