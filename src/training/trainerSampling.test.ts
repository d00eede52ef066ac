import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTrainer } from './trainer';
import { parseExperimentText } from '../model/parse';
import type { Experiment, Sampling } from '../model/types';

/** The spsa preset (1000 shots) for two epochs, with `sampling` set or left absent. */
function history(sampling: Sampling | undefined) {
  const parsed = parseExperimentText(readFileSync(new URL('../../public/experiments/spsa.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const e: Experiment = structuredClone(parsed.experiment);
  e.training.epochs = 2;
  if (sampling) e.training.gradient.sampling = sampling;
  const r = createTrainer(e);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return [r.trainer.step(), r.trainer.step()].map(({ epoch, trainLoss, circuitExecutions, shots, params }) => ({ epoch, trainLoss, circuitExecutions, shots, params }));
}

describe('the trainer passes training.gradient.sampling to the estimator (docs/spec.md §6)', () => {
  it('trajectory sampling gives its own, reproducible history at the same cost; independent is the default', () => {
    const absent = history(undefined), independent = history('independent');
    const trajectory = history('trajectory');
    expect(independent).toEqual(absent);
    expect(history('trajectory')).toEqual(trajectory);
    expect(trajectory.map((h) => h.trainLoss)).not.toEqual(absent.map((h) => h.trainLoss));
    expect(trajectory.map((h) => [h.circuitExecutions, h.shots])).toEqual(absent.map((h) => [h.circuitExecutions, h.shots]));
  });
});
