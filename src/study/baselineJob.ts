/**
 * A classical baseline as a study run (docs/spec.md §8): the trainer of `src/baselines` on the
 * experiment's own windows, loss and epochs, with the run's seed.
 */
import { createBaselineTrainer } from '../baselines/trainer';
import type { BaselineSpec, Experiment } from '../model/types';
import type { RunSteps } from './runJob';
import { refusal } from './runs';

export function trainBaseline(experiment: Experiment, spec: BaselineSpec, seed: number): RunSteps {
  const created = createBaselineTrainer(experiment, spec, seed);
  if (!created.ok) throw new Error(refusal(created.errors));
  const { trainer } = created;
  return {
    parameters: trainer.parameters,
    epochs: experiment.training.epochs,
    step: () => {
      const report = trainer.step();
      return { entry: report.entry, status: report.status, message: report.message };
    },
  };
}
