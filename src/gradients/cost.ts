/**
 * Hardware cost accounting (docs/spec.md §3.5). One execution runs the whole sequence for
 * `measure-reset` (the data register is measured every step, so one run yields every step's
 * readouts); for `coherent`, reading step `t` disturbs the state, so each scored output needs
 * its own execution of steps `0..t`. Readouts on one wire with different Paulis cannot be
 * measured together: each such setting multiplies the executions.
 */
import type { Model } from '../model/types';
import { measurementSettings } from '../simulation/measurementSettings';

/**
 * Executions needed to read the outputs of steps `>= fromStep` that matter (`scored`), once:
 * 1 run of the sequence for measure-reset; one run of `0..t` per scored `t >= fromStep` for
 * coherent. Times the measurement settings.
 */
export function executionsFor(model: Model, scored: readonly number[], fromStep = 0): number {
  // With no scored step the loss is measured nowhere: hardware would run nothing for it.
  if (scored.length === 0) return 0;
  const settings = measurementSettings(model.readout).length;
  if (model.recurrence === 'measure-reset') return settings;
  return settings * Math.max(1, scored.filter((t) => t >= fromStep).length);
}

export class CostMeter {
  circuitExecutions = 0;
  constructor(readonly shots: number | null) {}
  add(executions: number): void {
    this.circuitExecutions += executions;
  }
  get cost() {
    return { circuitExecutions: this.circuitExecutions, shots: this.shots === null ? 0 : this.circuitExecutions * this.shots };
  }
}
