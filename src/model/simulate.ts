/**
 * Runs one sequence through the model (SPEC 1.1, 1.2): per-step expectations, head outputs,
 * the loss over scored steps, and the Bloch vector of every hidden wire after every step.
 */
import type { LossSpec, Model, Params, Sequence } from './types';

export interface SimulationResult {
  /** `yhat_t`, one per step. */
  outputs: number[];
  /** `e_{i,t}`: `expectations[t][i]` for readout `i`. */
  expectations: number[][];
  /** Mean squared error over scored steps `t >= washout` with a target; `null` if none. */
  loss: number | null;
  /** `bloch[t][k]`: `[x, y, z]` of hidden wire `k` (wire `D + k`) after step `t`. */
  bloch: [number, number, number][][];
}

export interface SimulateOptions {
  /** Compute Bloch vectors (default true). */
  bloch?: boolean;
}

export declare function simulate(model: Model, params: Params, sequence: Sequence, loss: LossSpec, options?: SimulateOptions): SimulationResult;
