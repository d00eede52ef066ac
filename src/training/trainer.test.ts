import { presetExperiment } from '../testing/presetExperiments';
import { describe, expect, it } from 'vitest';
import { createTrainer, epochBatches, shuffled } from './trainer';
import { createRng, type Rng } from '../core/rng';
import type { Experiment } from '../model/types';

const preset = presetExperiment;

function run(e: Experiment, epochs: number) {
  const r = createTrainer(e);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const reports = Array.from({ length: epochs }, () => r.trainer.step());
  return { trainer: r.trainer, reports };
}

describe('createTrainer(experiment).step()', () => {
  it('is deterministic: the same file and seed give bit-identical histories', () => {
    const a = run(preset('sine', (e) => { e.training.epochs = 3; }), 3).trainer.history;
    const b = run(preset('sine', (e) => { e.training.epochs = 3; }), 3).trainer.history;
    expect(a).toEqual(b);
  });

  it('lowers the loss of the sine preset and reports cost, parameters and per-occurrence contributions', () => {
    const { reports } = run(preset('sine', (e) => { e.training.epochs = 15; }), 15);
    expect(reports[14].trainLoss as number).toBeLessThan(0.5 * (reports[0].trainLoss as number));
    expect(reports[14].status).toBe('finished');
    expect(reports[0].circuitExecutions).toBeGreaterThan(0);
    expect(reports[14].cost.circuitExecutions).toBe(reports.reduce((s, r) => s + r.circuitExecutions, 0));
    const theta = reports[14].occurrences.filter((o) => o.param === 'a');
    expect(theta.length).toBe(12);
    expect(Math.abs(theta.reduce((s, o) => s + o.contribution, 0) - reports[14].gradient.a)).toBeLessThan(1e-12);
  });

  it('never moves a frozen parameter', () => {
    const { trainer } = run(preset('sine', (e) => { e.frozen = ['a', 's']; e.training.epochs = 2; }), 2);
    expect(trainer.params().a).toBe(0.4);
    expect(trainer.params().s).toBe(1);
    expect(trainer.params().b).not.toBe(-0.3);
  });

  it('stops with a message naming the learning rate when the loss diverges', () => {
    const { reports } = run(preset('sine', (e) => { e.training.optimizer = { kind: 'sgd', learningRate: 1e200 }; e.training.epochs = 5; }), 3);
    const diverged = reports.find((r) => r.status === 'diverged');
    expect(diverged?.message).toMatch(/learning rate \(1e\+200\) is probably too high/);
    expect(reports[2].status).toBe('diverged');
  });

  it('calls a run diverged when its loss grows a hundredfold, not only when it is NaN (Adam at a learning rate of 1e9)', () => {
    const { reports } = run(preset('sine', (e) => { e.training.optimizer = { kind: 'adam', learningRate: 1e9 }; e.training.epochs = 40; }), 40);
    const diverged = reports.find((r) => r.status === 'diverged');
    expect(diverged, 'the run stops as diverged').toBeDefined();
    expect(diverged?.message).toMatch(/^Training diverged in epoch \d+: (the loss grew from .* over 100 times its first value|the parameter “\w+” left the range ±1e6)\. The learning rate \(1000000000\)/);
    expect(reports.some((r) => r.status === 'finished')).toBe(false);
  });

  it('stops when the head drives the loss up a hundredfold although every number stays finite', () => {
    const { reports } = run(preset('sine', (e) => { e.training.optimizer = { kind: 'sgd', learningRate: 40 }; e.training.epochs = 30; }), 30);
    const diverged = reports.find((r) => r.status === 'diverged');
    expect(diverged?.message).toMatch(/Training diverged in epoch \d+: the loss grew from [\d.e+-]+ to [\d.e+-]+, over 100 times its first value/);
    expect(Number.isFinite(diverged?.trainLoss as number)).toBe(true);
  });

  it('trains with SPSA as the optimizer at two executions per sequence', () => {
    const { reports } = run(preset('sine', (e) => { e.training.optimizer = { kind: 'spsa', learningRate: 0.3 }; e.training.epochs = 2; }), 2);
    expect(reports[0].circuitExecutions).toBe(2 * 7);
  });
});

/** An `Rng` whose `int(n)` returns scripted values and records the `n` it was asked for. */
function scripted(values: number[]): Rng & { asked: number[] } {
  const asked: number[] = [];
  const next = [...values];
  const int = (n: number) => { asked.push(n); return next.shift() as number; };
  return { asked, int } as unknown as Rng & { asked: number[] };
}

describe('shuffled(n, rng) and epochBatches(n, size, rng)', () => {
  it('is Fisher-Yates: swaps i with rng.int(i + 1) for i from n-1 down to 1', () => {
    // [0,1,2,3] -> i=3, j=1: [0,3,2,1] -> i=2, j=0: [2,3,0,1] -> i=1, j=0: [3,2,0,1]
    const rng = scripted([1, 0, 0]);
    expect(shuffled(4, rng)).toEqual([3, 2, 0, 1]);
    expect(rng.asked).toEqual([4, 3, 2]);
    expect(shuffled(4, scripted([3, 2, 1]))).toEqual([0, 1, 2, 3]);
  });

  it('cuts the order into batches of the size, in order, the last one shorter', () => {
    expect(epochBatches(4, 3, scripted([1, 0, 0]))).toEqual([[3, 2, 0], [1]]);
    expect(epochBatches(7, 3, createRng(42)).map((b) => b.length)).toEqual([3, 3, 1]);
    expect(epochBatches(6, 3, createRng(42)).map((b) => b.length)).toEqual([3, 3]);
    expect(epochBatches(5, 8, createRng(42)).map((b) => b.length)).toEqual([5]);
    expect(epochBatches(0, 3, createRng(42))).toEqual([]);
  });

  it('puts every sequence in exactly one batch per epoch, in an order fixed by the seed', () => {
    for (const seed of [1, 2, 3, 42]) {
      const batches = epochBatches(11, 4, createRng(seed));
      expect(batches.flat().sort((a, b) => a - b)).toEqual([...Array(11).keys()]);
      expect(epochBatches(11, 4, createRng(seed))).toEqual(batches);
    }
    const orders = [1, 2, 3, 4, 5].map((seed) => epochBatches(11, 4, createRng(seed)).flat().join());
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('bills every training sequence once per epoch, whatever the batch size', () => {
    for (const batchSize of [1, 3, 7, 50]) {
      const { trainer, reports } = run(preset('sine', (e) => { e.training.optimizer = { kind: 'spsa', learningRate: 0.3 }; e.training.batchSize = batchSize; e.training.epochs = 1; }), 1);
      expect(reports[0].circuitExecutions).toBe(2 * trainer.dataset.train.length);
    }
  });
});
