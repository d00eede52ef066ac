/**
 * The baseline trainer on the lab's presets: the sine preset's LSTM, determinism, the batch
 * order shared with the QRNN trainer, the echo-state network's one-epoch ridge fit,
 * divergence, and refusals.
 */
import { presetExperiment } from '../testing/presetExperiments';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../model/types';
import { createTrainer, epochBatches } from '../training/trainer';
import { baselineParameterCount } from './parameterCount';
import type { BaselineSpec } from '../model/parseBaseline';
import { baselineGenerators, createBaselineTrainer, type BaselineStep, type BaselineTrainer } from './trainer';

const preset = presetExperiment;

function trainerOf(e: Experiment, spec: BaselineSpec, seed: number): BaselineTrainer {
  const r = createBaselineTrainer(e, spec, seed);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.trainer;
}

/** Steps until the trainer stops; every step's report. */
function runToEnd(trainer: BaselineTrainer): BaselineStep[] {
  const steps: BaselineStep[] = [];
  do steps.push(trainer.step()); while (steps[steps.length - 1].status === 'ok');
  return steps;
}

const SPECS: BaselineSpec[] = [{ kind: 'lstm', hidden: 4 }, { kind: 'gru', hidden: 4 }, { kind: 'esn', units: 50, spectralRadius: 0.9 }, { kind: 'linear', lags: 4 }];

describe('the lstm baseline on the sine preset', () => {
  // Measured over seeds 1-5: with the SPEC's default learning rate 0.01, the first epoch with a
  // train loss below 0.01 is 49, 57, 48, 37, 55 (past the preset's 40 epochs for four seeds);
  // with 0.02 it is 27, 28, 22, 20, 31.
  it.each([1, 2, 3])('seed %i: with learningRate 0.02 it reaches a train loss below 0.01 within the preset\'s 40 epochs', (seed) => {
    const e = preset('sine');
    const trainer = trainerOf(e, { kind: 'lstm', hidden: 4, learningRate: 0.02 }, seed);
    const steps = runToEnd(trainer);
    expect(steps[steps.length - 1].status).toBe('finished');
    expect(trainer.history).toHaveLength(e.training.epochs);
    expect(trainer.history[trainer.history.length - 1].trainLoss).toBeLessThan(0.01);
    expect(trainer.history[trainer.history.length - 1].testLoss).toBeLessThan(0.01);
    expect(trainer.history[0].trainLoss).toBeGreaterThan(0.1);
  });

  it('with the SPEC\'s default learning rate 0.01 it needs about 60 epochs, not 40', () => {
    const trainer = trainerOf(preset('sine', (e) => { e.training.epochs = 60; }), { kind: 'lstm', hidden: 4 }, 1);
    runToEnd(trainer);
    expect(trainer.history[39].trainLoss).toBeGreaterThan(0.01);
    expect(trainer.history[59].trainLoss).toBeLessThan(0.01);
  });
});

describe('createBaselineTrainer(experiment, spec, seed)', () => {
  it.each(SPECS)('$kind: the same experiment and seed give bit-identical histories; another seed another one', (spec) => {
    const e = preset('sine', (x) => { x.training.epochs = 5; });
    const a = trainerOf(e, spec, 1), b = trainerOf(e, spec, 1), c = trainerOf(e, spec, 2);
    runToEnd(a); runToEnd(b); runToEnd(c);
    expect(a.history).toHaveLength(5);
    expect(b.history).toEqual(a.history);
    expect(a.initialLosses()).toEqual(b.initialLosses());
    expect(c.history.map((h) => h.trainLoss)).not.toEqual(a.history.map((h) => h.trainLoss));
  });

  it.each(SPECS)('$kind: reports the SPEC parameter count, no hardware cost, and a finite test loss every epoch', (spec) => {
    const trainer = trainerOf(preset('sine', (x) => { x.training.epochs = 3; }), spec, 1);
    expect(trainer.parameters).toBe(baselineParameterCount(spec, 1, 1));
    runToEnd(trainer);
    trainer.history.forEach((h, k) => {
      expect(h).toMatchObject({ epoch: k + 1, circuitExecutions: 0, shots: 0 });
      expect(Number.isFinite(h.testLoss)).toBe(true);
    });
    expect(trainer.epoch).toBe(3);
  });

  it('shuffles the batches with the generator the QRNN trainer uses for the same seed', () => {
    const e = preset('sine', (x) => { x.training.epochs = 1; });
    const qrnn = createTrainer(e);
    if (!qrnn.ok) throw new Error('no trainer');
    qrnn.trainer.step();
    const { batches } = baselineGenerators(e.training.seed);
    epochBatches(qrnn.trainer.dataset.train.length, e.training.batchSize, batches);
    expect(batches.state()).toEqual(qrnn.trainer.snapshot().rng);
  });

  it('trains on several outputs: the hybrid-lorenz preset\'s two targets', () => {
    const e = preset('hybrid-lorenz', (x) => { x.training.epochs = 3; });
    for (const spec of SPECS) {
      const trainer = trainerOf(e, spec, 1);
      expect(trainer.parameters).toBe(baselineParameterCount(spec, 1, 2));
      runToEnd(trainer);
      expect(trainer.history[2].trainLoss).toBeLessThan(trainer.initialLosses().trainLoss as number);
    }
  });

  it('keeps finished: after the last epoch, a step reports the last entry again', () => {
    const trainer = trainerOf(preset('sine', (x) => { x.training.epochs = 2; }), { kind: 'gru', hidden: 2 }, 1);
    const steps = runToEnd(trainer);
    expect(steps.map((s) => s.status)).toEqual(['ok', 'finished']);
    expect(trainer.step()).toEqual({ entry: trainer.history[1], status: 'finished' });
    expect(trainer.history).toHaveLength(2);
  });
});

describe('the esn baseline', () => {
  it('fits its head by ridge in the first epoch, far below the zero head, and holds it for every later epoch', () => {
    const e = preset('sine');
    const trainer = trainerOf(e, { kind: 'esn', units: 50, spectralRadius: 0.9 }, 1);
    const zeroHead = trainer.initialLosses();
    const steps = runToEnd(trainer);
    expect(steps).toHaveLength(e.training.epochs);
    expect(steps[steps.length - 1].status).toBe('finished');
    const fitted = trainer.history[0];
    expect(fitted.trainLoss).toBeLessThan(1e-3 * (zeroHead.trainLoss as number));
    expect(fitted.testLoss).toBeLessThan(1e-2 * (zeroHead.testLoss as number));
    trainer.history.forEach((h, k) => expect(h).toEqual({ ...fitted, epoch: k + 1 }));
  });

  it('regularises more with a larger alpha: a worse fit of the training windows', () => {
    const e = preset('mackey-glass', (x) => { x.training.epochs = 1; });
    const loose = trainerOf(e, { kind: 'esn', units: 30, spectralRadius: 0.9 }, 1), tight = trainerOf(e, { kind: 'esn', units: 30, spectralRadius: 0.9, alpha: 10 }, 1);
    runToEnd(loose); runToEnd(tight);
    expect(loose.history[0].trainLoss).toBeLessThan(tight.history[0].trainLoss as number);
  });
});

describe('divergence and refusals', () => {
  it('stops a run whose loss grows past 100 times its first value, names the learning rate, and stays stopped', () => {
    // One window, one batch per epoch: Adam's first step of about 100 per weight overshoots a target of 0 by hundreds.
    const e = preset('sine', (x) => { x.data = { kind: 'inline', inputs: [1, 1, 1, 1], targets: [0, 0, 0, 0] }; x.loss.washout = 0; });
    const trainer = trainerOf(e, { kind: 'linear', lags: 2, learningRate: 100 }, 1);
    const steps = runToEnd(trainer);
    const last = steps[steps.length - 1];
    expect(steps.map((s) => s.status)).toEqual(['ok', 'diverged']);
    expect(last.message).toMatch(/^The linear baseline diverged in epoch 2: the loss grew from .* over 100 times its first value\. The learning rate \(100\) is probably too high/);
    const again = trainer.step();
    expect(again).toEqual({ entry: last.entry, status: 'diverged', message: last.message });
    expect(trainer.history).toHaveLength(steps.length);
  });

  it('stops before any update on a non-finite loss', () => {
    const e = preset('sine', (x) => { x.data = { kind: 'inline', inputs: [1e200, 2e200, 3e200, 4e200], targets: [1, 2, 3, null] }; x.loss.washout = 0; });
    const trainer = trainerOf(e, { kind: 'linear', lags: 2 }, 1);
    const step = trainer.step();
    expect(step.status).toBe('diverged');
    expect(step.entry).toMatchObject({ epoch: 0, testLoss: null });
    expect(step.message).toMatch(/epoch 1: the loss became NaN or infinite/);
    expect(trainer.history).toHaveLength(0);
  });

  it('refuses a spec out of bounds, naming the field under "baseline"', () => {
    const r = createBaselineTrainer(preset('sine'), { kind: 'lstm', hidden: 0 }, 1);
    expect(r.ok ? [] : r.errors.map((x) => x.path)).toEqual(['baseline.hidden']);
  });

  it('refuses a washout as long as the windows, as the QRNN trainer does', () => {
    const r = createBaselineTrainer(preset('sine', (x) => { x.loss.washout = 12; }), { kind: 'gru', hidden: 2 }, 1);
    expect(r.ok ? [] : r.errors.map((x) => x.path)).toEqual(['loss.washout']);
  });

  it('refuses data that cannot be built', () => {
    const r = createBaselineTrainer(preset('sine', (x) => { x.data = { ...x.data, window: 0 }; }), { kind: 'linear', lags: 2 }, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toMatch(/^data/);
  });
});
