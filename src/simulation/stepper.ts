/**
 * A model run one step at a time, carrying its state between calls: for a free-running
 * forecast, whose next input is the output just made, so the sequence is not known ahead.
 * Each step is computed exactly as `simulate` computes it, so outputs agree bit for bit with
 * simulating the sequence of inputs given so far, at the cost of one step instead of all.
 */
import { compileCell, stepGates } from './cell';
import { engineFor } from './engine';
import { fuseStep } from './fuse';
import { outputsOf } from './head';
import type { Model, Params } from '../model/types';

export interface Stepper {
  /** Runs the next step on input `x` and returns its outputs `yhat_t` (one per head). */
  step(x: readonly number[]): number[];
}

export function createStepper(model: Model, params: Params): Stepper {
  const cell = compileCell(model);
  const engine = engineFor(cell);
  let carried = engine.initial();
  return {
    step(x) {
      const gates = stepGates(cell, params, x);
      let work: Float64Array;
      if (cell.gateNoiseFree) work = engine.runOps(carried, fuseStep(cell, gates));
      else {
        work = engine.begin(carried);
        gates.forEach((g, j) => engine.apply(work, j, g.matrix, g.conj));
      }
      const outcome = engine.finish(carried, work);
      carried = outcome.carried;
      return outputsOf(model, params, outcome.expectations);
    },
  };
}
