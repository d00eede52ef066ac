/**
 * The trainer with `optimizer.kind: "lbfgs"` (docs/spec.md §5.4) on the sine preset: it learns,
 * ignores `batchSize`, resumes bit for bit, bills every trial evaluation, and stops as
 * `stalled` with a message when shot noise leaves the line search no step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import type { Experiment, GradientMethodName } from '../model/types';
import { GRADIENT_REGISTRY } from '../gradients/registry';
import { simulate } from '../simulation/simulate';
import { averageGradients } from './batch';
import { initialLbfgsState, lbfgsIteration, MAX_HALVINGS } from './lbfgs';
import { meanLoss } from './loss';
import { createTrainer, type EpochReport, type Trainer, type TrainerSnapshot } from './trainer';

function sine(method: GradientMethodName, shots: number | null, epochs: number, patch: (e: Experiment) => void = () => {}): Experiment {
  const parsed = parseExperimentText(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const e = structuredClone(parsed.experiment);
  e.training = { ...e.training, gradient: { method, shots }, optimizer: { kind: 'lbfgs', memory: 10 }, epochs };
  patch(e);
  return e;
}

function trainer(e: Experiment, resume?: TrainerSnapshot): Trainer {
  const r = createTrainer(e, resume);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.trainer;
}

const steps = (t: Trainer, n: number): EpochReport[] => Array.from({ length: n }, () => t.step());

describe('createTrainer with lbfgs', () => {
  it('trains the sine cell with exact gradients: the train loss falls below 10% of its start in 15 epochs', () => {
    const t = trainer(sine('adjoint', null, 15));
    const start = t.initialLosses().trainLoss as number;
    const reports = steps(t, 15);
    expect(reports.map((r) => r.status)).toEqual([...Array<string>(14).fill('ok'), 'finished']);
    expect(reports[14].trainLoss as number).toBeLessThan(0.1 * start);
    // The first epoch's train loss is the loss at the file's parameters, measured exactly.
    expect(reports[0].trainLoss).toBe(start);
  });

  it('takes every training window in one batch: batchSize changes nothing, and the shuffle generator is not used', () => {
    const a = trainer(sine('parameter-shift', null, 4, (e) => { e.training.batchSize = 1; }));
    const b = trainer(sine('parameter-shift', null, 4, (e) => { e.training.batchSize = 8; }));
    steps(a, 4);
    steps(b, 4);
    expect(a.history).toEqual(b.history);
    expect(a.params()).toEqual(b.params());
    expect(a.snapshot().rng).toEqual(trainer(sine('parameter-shift', null, 4)).snapshot().rng);
  });

  it('resumes from a snapshot (through JSON) bit for bit, with and without shots', () => {
    for (const [method, shots] of [['adjoint', null], ['parameter-shift', 20000]] as const) {
      const whole = trainer(sine(method, shots, 8));
      steps(whole, 8);
      const first = trainer(sine(method, shots, 8));
      steps(first, 3);
      const saved = JSON.parse(JSON.stringify(first.snapshot())) as TrainerSnapshot;
      expect(saved.optimizer.lbfgs?.pairs.length, 'the snapshot holds the curvature pairs').toBe(2);
      const rest = trainer(sine(method, shots, 8), saved);
      steps(rest, 5);
      expect([...first.history, ...rest.history], `${method}, ${shots} shots`).toEqual(whole.history);
      expect(rest.params()).toEqual(whole.params());
      expect(rest.snapshot()).toEqual(whole.snapshot());
    }
  });

  it('bills the gradient and every loss the line search measured: one execution per window each, times the shots', () => {
    for (const shots of [null, 500]) {
      const e = sine('parameter-shift', shots, 2);
      const t = trainer(e);
      const report = t.step();
      // The same iteration replayed outside the trainer, counting the line search's loss evaluations.
      const train = t.dataset.train;
      const trainable = Object.keys(e.params);
      const gradients = train.map((sequence) => GRADIENT_REGISTRY['parameter-shift']({ model: e.model, params: e.params, sequence, loss: e.loss, trainable }, { shots: null }));
      let evaluations = 0;
      const replay = lbfgsIteration(initialLbfgsState(), 10, trainable, e.params, averageGradients(gradients), (at) => {
        evaluations++;
        return meanLoss(train.map((s) => simulate(e.model, at, s, e.loss, { bloch: false }).loss)) ?? 0;
      });
      const gradientBill = gradients.reduce((sum, g) => sum + g.cost.circuitExecutions, 0);
      if (shots === null) {
        expect(t.params()).toEqual(replay.params);
        expect(report.circuitExecutions).toBe(gradientBill + evaluations * train.length);
        expect(evaluations).toBeGreaterThanOrEqual(2);
        expect(report.shots).toBe(0);
      } else {
        // With shots the trials are estimates: the count may differ, but it is whole trials over every window.
        const trials = (report.circuitExecutions - gradientBill) / train.length;
        expect(Number.isInteger(trials) && trials >= 2).toBe(true);
        expect(report.shots).toBe(report.circuitExecutions * shots);
      }
    }
  });

  it('with shots, measures the trial losses as estimates: the first train loss is not the exact one', () => {
    const t = trainer(sine('parameter-shift', 100, 1));
    const exact = t.initialLosses().trainLoss as number;
    const report = t.step();
    expect(report.trainLoss).not.toBe(exact);
    expect(Math.abs((report.trainLoss as number) - exact)).toBeLessThan(0.1);
  });

  it('stops as stalled, with the message, when 100 shots leave the line search no step (parameter-shift, seed 1: epoch 8)', () => {
    const t = trainer(sine('parameter-shift', 100, 40));
    const reports = steps(t, 10);
    const stalled = reports.findIndex((r) => r.status === 'stalled');
    expect(stalled).toBe(7);
    const report = reports[stalled];
    expect(report.message).toBe(
      `Training stopped in epoch 8: the L-BFGS line search found no step that lowers the loss after ${MAX_HALVINGS} halvings. `
      + 'With 100 shots per expectation the measured losses and the parameter-shift gradient are estimates whose noise hides the way down, '
      + 'and the curvature pairs are noise too. Use exact gradients (adjoint, or parameter-shift without shots) or more shots.',
    );
    // The failed epoch is counted and billed, and leaves the parameters where they were.
    expect(t.history).toHaveLength(8);
    expect(report.params).toEqual(reports[6].params);
    expect(report.circuitExecutions).toBeGreaterThan(reports[6].circuitExecutions);
    // It stays stopped, and a snapshot says so.
    expect(reports.slice(stalled + 1).every((r) => r.status === 'stalled' && r.epoch === 8 && r.message === report.message)).toBe(true);
    const snapshot = t.snapshot();
    expect([snapshot.stalled, snapshot.diverged]).toEqual([true, false]);
    const resumed = trainer(sine('parameter-shift', 100, 40), snapshot).step();
    expect([resumed.status, resumed.epoch]).toEqual(['stalled', 8]);
    expect(resumed.message).toMatch(/^Training stopped in epoch 8: the L-BFGS line search found no step/);
  });

  it('on exact finite differences it does not stall where shots do (the papers\' recipe, seed 1, 12 epochs)', () => {
    const exact = steps(trainer(sine('finite-difference', null, 12)), 12);
    expect(exact.every((r) => r.status !== 'stalled')).toBe(true);
    const noisy = steps(trainer(sine('finite-difference', 1000, 12)), 12);
    expect(noisy.some((r) => r.status === 'stalled')).toBe(true);
  });
});
