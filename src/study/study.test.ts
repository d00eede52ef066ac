/**
 * The pure study runner (docs/spec.md §8): the runs in their fixed order, re-initialisation,
 * one run against the trainer, and the summary's arithmetic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../model/parse';
import type { Experiment } from '../model/types';
import { createTrainer } from '../training/trainer';
import { runStudyJob, type StudyRunResult } from './runJob';
import { reinitialized, studyJobs } from './runs';
import { executionsToReach, meanStd, summarize } from './summary';

const sine = JSON.parse(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function withStudy(study: Record<string, unknown>, epochs = 3): Experiment {
  const r = parseExperiment({ ...sine, training: { ...(sine.training as object), epochs }, study });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.experiment;
}

describe('studyJobs(experiment, study)', () => {
  it('lists every variant over the seeds, then every baseline over the seeds', () => {
    const e = withStudy({ variants: [{ name: 'a', set: {} }, { name: 'b', set: { 'training.optimizer': { kind: 'sgd', learningRate: 0.1 } } }], seeds: [4, 5], baselines: [{ kind: 'linear', lags: 2 }] });
    const jobs = studyJobs(e, e.study!);
    expect(jobs.map((j) => `${j.kind}:${j.variant}@${j.seed}`)).toEqual(['qrnn:a@4', 'qrnn:a@5', 'qrnn:b@4', 'qrnn:b@5', 'linear:linear@4', 'linear:linear@5']);
    expect(jobs[2].experiment.training.optimizer).toEqual({ kind: 'sgd', learningRate: 0.1 });
    expect(jobs[1].experiment.training.seed).toBe(5);
    expect(jobs.every((j) => j.experiment.study === undefined)).toBe(true);
  });

  it("without reinitialize a run keeps the file's parameters; with it, every non-frozen circuit parameter is drawn in [low, high) from the seed", () => {
    const plain = withStudy({ variants: [{ name: 'a', set: {} }], seeds: [1] });
    expect(studyJobs(plain, plain.study!)[0].experiment.params).toEqual(plain.params);
    const e = withStudy({ variants: [{ name: 'a', set: { frozen: ['a'] } }], seeds: [1, 2], reinitialize: { low: -0.5, high: 0.5 } });
    const [one, two] = studyJobs(e, e.study!).map((j) => j.experiment.params);
    expect(one.a).toBe(e.params.a); // frozen
    expect([one.s, one.bias]).toEqual([e.params.s, e.params.bias]); // the head's parameters
    const drawn = Object.keys(one).filter((p) => !['a', 's', 'bias'].includes(p));
    expect(drawn).toHaveLength(4);
    for (const p of drawn) { expect(one[p]).toBeGreaterThanOrEqual(-0.5); expect(one[p]).toBeLessThan(0.5); }
    expect(drawn.some((p) => one[p] !== two[p])).toBe(true);
    expect(reinitialized(studyJobs(e, e.study!)[0].experiment, 1, -0.5, 0.5)).toEqual(one);
  });
});

describe('runStudyJob(job)', () => {
  it("runs the file's own training: an empty variant at the file's seed gives the trainer's history", () => {
    const e = withStudy({ variants: [{ name: 'a', set: {} }], seeds: [(sine.training as { seed: number }).seed] });
    const result = runStudyJob(studyJobs(e, e.study!)[0], () => 0);
    const created = createTrainer({ ...e, study: undefined });
    if (!created.ok) throw new Error('refused');
    const expected = Array.from({ length: 3 }, () => created.trainer.step()).map(({ epoch, trainLoss, testLoss, circuitExecutions, shots }) => ({ epoch, trainLoss, testLoss, circuitExecutions, shots, seconds: 0 }));
    expect(result).toMatchObject({ variant: 'a', kind: 'qrnn', parameters: Object.keys(e.params).length - e.frozen.length, status: 'finished' });
    expect(result.history).toEqual(expected);
  });
});

describe('the summary', () => {
  const run = (variant: string, seed: number, losses: number[], executions = 10): StudyRunResult => ({
    variant, kind: 'qrnn', seed, parameters: 7, status: 'finished',
    history: losses.map((l, i) => ({ epoch: i + 1, trainLoss: l, testLoss: l * 2, circuitExecutions: executions, shots: executions * 100, seconds: i })),
  });

  it('is the mean and population standard deviation over seeds of the final losses, and the mean totals', () => {
    const rows = summarize([run('a', 1, [0.5, 0.2]), run('a', 2, [0.5, 0.4]), run('b', 1, [0.3, 0.1], 4)]);
    expect(rows.map((r) => r.variant)).toEqual(['a', 'b']);
    expect(rows[0].finalTrainLoss.mean).toBeCloseTo(0.3, 15);
    expect(rows[0].finalTrainLoss.std).toBeCloseTo(0.1, 15); // population: sqrt(((0.2-0.3)^2 + (0.4-0.3)^2) / 2)
    expect(rows[0].finalTestLoss.mean).toBeCloseTo(0.6, 15);
    expect(rows[0]).toMatchObject({ kind: 'qrnn', parameters: 7, circuitExecutions: 20, shots: 2000 });
    expect(rows[1].circuitExecutions).toBe(8);
  });

  it('leaves out missing losses, and has none when no seed has one', () => {
    expect(meanStd([null, 2, 4])).toEqual({ mean: 3, std: 1 });
    expect(meanStd([null])).toEqual({ mean: null, std: null });
  });

  it('counts the executions spent until the train loss first reaches a level', () => {
    const r = run('a', 1, [0.5, 0.2, 0.05, 0.01]);
    expect(executionsToReach(r, 0.2)).toBe(20);
    expect(executionsToReach(r, 0.001)).toBeNull();
  });
});
