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
 * Runs `steps` steps on `engine`; `applyGates(work, t)` applies step `t`'s gates and
 * `after(t, outcome)`, if given, sees each step's outcome.
 */
export function runSteps(engine: Engine, steps: number, applyGates: (work: Float64Array, t: number) => void, after?: (t: number, outcome: StepOutcome) => void): StepRun {
  const starts: Float64Array[] = [];
  const expectations: number[][] = [];
  let carried = engine.initial();
  for (let t = 0; t < steps; t++) {
    starts.push(carried);
    const work = engine.begin(carried);
    applyGates(work, t);
    const outcome = engine.finish(carried, work);
    expectations.push(outcome.expectations);
    after?.(t, outcome);
    carried = outcome.carried;
  }
  return { starts, expectations };
}
