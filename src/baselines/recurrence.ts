/**
 * What every classical baseline is made of (docs/spec.md §8): a recurrence that turns the
 * inputs `x_0 .. x_{T-1}` into states `s_0 .. s_{T-1}`, and a linear head on the state
 * (head.ts). The LSTM and the GRU train their recurrence; the echo-state reservoir and the
 * linear model's lag window have no trained parameter of their own, so their only trained
 * parameters are the head's.
 *
 * A model's parameters are one flat `Float64Array`: the recurrence's `size` entries first,
 * then the head (see head.ts for its layout).
 */

/** One forward pass over a sequence, holding what its backward pass needs. */
export interface RecurrenceRun {
  /** `s_t` for every step, each of length `stateSize`. */
  readonly states: readonly Float64Array[];
  /**
   * Back-propagation through time: given `dL/ds_t` for every step (zero where the loss does
   * not read the state), adds `dL/dtheta` of the recurrence's own parameters into
   * `gradient` (length `size`). Does nothing when `size` is 0.
   */
  backward(dStates: readonly Float64Array[], gradient: Float64Array): void;
}

export interface Recurrence {
  /** Length of `s_t`, the head's fan-in. */
  readonly stateSize: number;
  /** The recurrence's trained parameters (0 for `esn` and `linear`). */
  readonly size: number;
  /** Runs the sequence `inputs` (`[step][component]`) with the recurrence's parameters `theta`. */
  run(theta: Float64Array, inputs: readonly (readonly number[])[]): RecurrenceRun;
}
