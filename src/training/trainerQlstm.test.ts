/**
 * Training a QLSTM (docs/spec.md §7) with the QRNN's trainer: a seed gives bit-identical
 * histories (with shots too), Adam lowers the loss on a sine generator, L-BFGS runs on it,
 * every epoch bills `6 T` executions per loss run as the method says, and a stopped run
 * resumes bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { parseAnyExperiment } from '../model/parse';
import { qlstmParamNames, type AnyExperiment, type GradientMethodName, type OptimizerSpec } from '../model/types';
import { createRng } from '../core/rng';
import { createTrainer, type Trainer } from './trainer';

/** A 1+2-qubit, one-layer QLSTM on the sine generator, windows of 6 steps. */
function sineQlstm(method: GradientMethodName, shots: number | null, optimizer: OptimizerSpec, epochs: number): AnyExperiment {
  const rng = createRng(9);
  const model = { kind: 'qlstm', inputSize: 1, hiddenSize: 2, layers: 1, head: { weights: ['s0', 's1', 's2'], bias: 'c' } };
  const params: Record<string, number> = {};
  for (const name of qlstmParamNames({ inputSize: 1, hiddenSize: 2, layers: 1 })) params[name] = 0.5 * (rng.next() - 0.5);
  Object.assign(params, { s0: 0.5, s1: -0.3, s2: 0.2, c: 0 });
  const file = {
    format: 'qrnn-lab.experiment', version: 1, name: 'QLSTM on a sine',
    model, params, frozen: [],
    data: { kind: 'sine', seed: 2, window: 6 },
    loss: { kind: 'mse', washout: 0 },
    training: { gradient: { method, shots }, optimizer, epochs, batchSize: 4, seed: 5 },
  };
  const parsed = parseAnyExperiment(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.experiment;
}

function trainer(e: AnyExperiment): Trainer {
  const r = createTrainer(e);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.trainer;
}

const run = (e: AnyExperiment, epochs: number) => {
  const t = trainer(e);
  for (let k = 0; k < epochs; k++) t.step();
  return t;
};

describe('training a QLSTM', () => {
  it('gives bit-identical histories and parameters twice from one seed, with shots and parameter-shift', () => {
    const e = sineQlstm('parameter-shift', 100, { kind: 'adam', learningRate: 0.05 }, 2);
    const a = run(e, 2), b = run(e, 2);
    expect(a.history).toEqual(b.history);
    expect(a.params()).toEqual(b.params());
    expect(a.history[0].shots).toBe(100 * a.history[0].circuitExecutions);
    // Another seed draws other shots.
    const other = run({ ...e, training: { ...e.training, seed: 6 } }, 2);
    expect(other.history[0].trainLoss).not.toBe(a.history[0].trainLoss);
  });

  it('lowers the loss with Adam and adjoint gradients, billing one 6T run per training window', () => {
    const e = sineQlstm('adjoint', null, { kind: 'adam', learningRate: 0.1 }, 8);
    const t = run(e, 8);
    const start = t.initialLosses().trainLoss as number;
    expect(t.history[7].trainLoss as number).toBeLessThan(0.7 * start);
    expect(t.history[0].circuitExecutions).toBe(t.dataset.train.length * 6 * 6);
  });

  it('runs L-BFGS (full batch, line-search trials billed as runs)', () => {
    const e = sineQlstm('adjoint', null, { kind: 'lbfgs', memory: 10 }, 4);
    const t = trainer(e);
    const start = t.initialLosses().trainLoss as number;
    const reports = Array.from({ length: 4 }, () => t.step());
    expect(reports.every((r) => r.status === 'ok' || r.status === 'finished')).toBe(true);
    expect(reports[3].trainLoss as number).toBeLessThan(start);
    // The gradient run of every window plus at least one trial per window.
    expect(reports[0].circuitExecutions).toBeGreaterThanOrEqual(2 * t.dataset.train.length * 36);
  });

  it('resumes from a snapshot bit for bit', () => {
    const e = sineQlstm('parameter-shift', null, { kind: 'adam', learningRate: 0.05 }, 3);
    const whole = run(e, 3);
    const first = run(e, 1);
    const resumed = createTrainer(e, first.snapshot());
    if (!resumed.ok) throw new Error(JSON.stringify(resumed.errors));
    resumed.trainer.step();
    resumed.trainer.step();
    expect(resumed.trainer.params()).toEqual(whole.params());
    expect(resumed.trainer.history).toEqual(whole.history.slice(1));
  });
});
