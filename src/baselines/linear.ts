/**
 * The `linear` baseline (docs/spec.md §8): `yhat_t = w . [x_t, .., x_{t-lags+1}] + b`, lags
 * before the start of the sequence read as 0. Written as a recurrence whose state is the lag
 * window `s_t = [x_t, x_{t-1}, .., x_{t-lags+1}]` (each `x` its `i` components), with no
 * trained parameter of its own: the head on `s_t` is the whole model, `m(i * lags + 1)`
 * parameters. Each window starts with empty lags, as every recurrent model starts each
 * window from a zero state.
 */
import type { Recurrence, RecurrenceRun } from './recurrence';

export function linearRecurrence(inputSize: number, lags: number): Recurrence {
  const i = inputSize;
  return {
    stateSize: i * lags,
    size: 0,
    run: (_theta, inputs) => runLags(i, lags, inputs),
  };
}

function runLags(i: number, lags: number, inputs: readonly (readonly number[])[]): RecurrenceRun {
  const states = inputs.map((_, t) => {
    const s = new Float64Array(i * lags);
    for (let l = 0; l < lags && l <= t; l++) for (let k = 0; k < i; k++) s[l * i + k] = inputs[t - l][k];
    return s;
  });
  return { states, backward: () => {} };
}
