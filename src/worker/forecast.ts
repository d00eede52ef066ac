/**
 * The free-running forecast: after the analysed window, the trained model is run on, each
 * new input being its own previous output (in normalised units), for as many steps as the
 * window has. It is meaningful only for next-step prediction of one series, which is
 * checked on the window itself: scalar inputs, one output, and every target equal to the
 * next step's input. Otherwise there is no forecast (`null`). Pure; one step of the model per
 * forecast step (simulation/stepper.ts), so it costs as much as simulating the window again.
 */
import { createStepper } from '../simulation/stepper';
import type { LossSpec, Model, Params, Sequence } from '../model/types';

/** Most forecast steps, whatever the window length. */
export const MAX_FORECAST_STEPS = 50;
/** How close a target must be to the next input for the window to count as self-prediction. */
const SAME_SERIES_TOLERANCE = 1e-9;

/** Whether `sequence` asks for the next value of its own (scalar) input series. */
export function isSelfPrediction(sequence: Sequence): boolean {
  const { inputs, targets } = sequence;
  if (inputs.length < 2 || inputs.some((x) => x.length !== 1)) return false;
  let compared = 0;
  for (let t = 0; t + 1 < inputs.length; t++) {
    const target = targets[t];
    if (target == null) continue;
    if (target.length !== 1 || Math.abs(target[0] - inputs[t + 1][0]) > SAME_SERIES_TOLERANCE) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * The outputs of `steps` free-running steps after `sequence` (default its length, at most
 * {@link MAX_FORECAST_STEPS}), or `null` when the window is not self-prediction.
 */
export function freeRunForecast(model: Model, params: Params, sequence: Sequence, _loss: LossSpec, steps = sequence.inputs.length): Float64Array | null {
  if (!isSelfPrediction(sequence)) return null;
  const count = Math.min(Math.max(0, steps), MAX_FORECAST_STEPS);
  const forecast = new Float64Array(count);
  const stepper = createStepper(model, params);
  let next = 0;
  for (const x of sequence.inputs) next = stepper.step(x)[0];
  for (let k = 0; k < count; k++) {
    forecast[k] = next;
    if (k + 1 < count) next = stepper.step([next])[0];
  }
  return forecast;
}
