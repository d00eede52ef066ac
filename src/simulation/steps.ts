/**
 * The step loop every forward pass shares: begin each step from the carried state, apply
 * the step's gates, finish (readouts and hand-over), and keep the state each step began
 * from, which the gradient methods reuse.
 */
import type { Engine, StepOutcome } from './engine';

export interface StepRun {
  /** The carried state at the start of each step. */
  starts: Float64Array[];
  /** `e_{i,t}`, `[step][readout]`. */
  expectations: number[][];
}

/**
 * Runs `steps` steps on `engine`; `stepWork(carried, t)` returns step `t`'s working state
 * after its gates, begun from `carried`, and `after(t, outcome, work)`, if given, sees each
 * step's outcome.
 */
export function runSteps(engine: Engine, steps: number, stepWork: (carried: Float64Array, t: number) => Float64Array, after?: (t: number, outcome: StepOutcome, work: Float64Array) => void): StepRun {
  const starts: Float64Array[] = [];
  const expectations: number[][] = [];
  let carried = engine.initial();
  for (let t = 0; t < steps; t++) {
    starts.push(carried);
    const work = stepWork(carried, t);
    const outcome = engine.finish(carried, work);
    expectations.push(outcome.expectations);
    after?.(t, outcome, work);
    carried = outcome.carried;
  }
  return { starts, expectations };
}
