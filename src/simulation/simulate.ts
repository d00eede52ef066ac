/**
 * Runs one sequence through the model (docs/spec.md §1.1, 1.2): per-step expectations, head outputs,
 * the loss over scored steps, and the Bloch vector of every hidden wire after every step.
 */
import { compileCell, sequenceGates, type CompiledCell } from './cell';
import { engineFor, type Bloch, type Engine } from './engine';
import { fuseSequence } from './fuse';
import { runSteps } from './steps';
import { mse, outputsOf } from './head';
import type { LossSpec, Model, Params, Sequence } from '../model/types';

export interface SimulationResult {
  /** `yhat_{t,j}`: `outputs[t][j]` for output `j` (one row per step, one entry per head). */
  outputs: number[][];
  /** `e_{i,t}`: `expectations[t][i]` for feature `i` (docs/spec.md §5.2: a probabilities readout gives `2^k`). */
  expectations: number[][];
  /** Mean squared error over scored steps `t >= washout` with a target; `null` if none. */
  loss: number | null;
  /** `bloch[t][k]`: `[x, y, z]` of hidden wire `k` (wire `D + k`) after step `t`. */
  bloch: Bloch[][];
}

export interface SimulateOptions {
  /** Compute Bloch vectors (default true). */
  bloch?: boolean;
  /** Fuse gates in noise-free steps (default true; tests compare against gate by gate). */
  fuse?: boolean;
  /** Use this engine instead of the fastest exact one (tests compare engines). */
  engine?: (cell: CompiledCell) => Engine;
  /**
   * Called after each step with the steps done and the steps in all (the worker reports
   * progress and shows it is alive with it). It only observes: the results do not change.
   */
  onStep?: (done: number, steps: number) => void;
}

/** Simulates `sequence` and scores it with `loss`. */
export function simulate(model: Model, params: Params, sequence: Sequence, loss: LossSpec, options: SimulateOptions = {}): SimulationResult {
  const cell = compileCell(model);
  const engine = (options.engine ?? engineFor)(cell);
  const bloch: Bloch[][] = [];
  const gatesAt = sequenceGates(cell, params, sequence.inputs);
  const opsAt = cell.gateNoiseFree && options.fuse !== false ? fuseSequence(cell, gatesAt) : null;
  // The last step's working state: finished with once its outcome is read, so the next step may reuse it.
  let spent: Float64Array | undefined;
  const { expectations } = runSteps(engine, sequence.inputs.length, (carried, t) => {
    if (opsAt) return (spent = engine.runOps(carried, opsAt[t], spent));
    const work = engine.begin(carried);
    gatesAt[t].forEach((g, i) => engine.apply(work, i, g.matrix, g.conj));
    return work;
  }, (t, outcome) => {
    if (options.bloch !== false) bloch.push(engine.bloch(outcome.carried));
    options.onStep?.(t + 1, sequence.inputs.length);
  });
  const outputs = expectations.map((e) => outputsOf(model, params, e));
  return { outputs, expectations, loss: mse(outputs, sequence.targets, loss), bloch };
}
