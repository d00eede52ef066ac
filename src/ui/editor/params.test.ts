import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../model/types';
import { angleNames, gateUses, syncParams } from './params';

const base = (cell: Experiment['model']['cell'], params: Record<string, number>): Experiment => ({
  format: 'qrnn-lab.experiment', version: 1, name: 't',
  model: { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1, cell, readout: [{ observable: 'Z', wire: 0 }], head: { weights: ['s'], bias: 'c' } },
  params, frozen: [], data: { kind: 'inline', inputs: [0.1], targets: [0.2] }, loss: { kind: 'mse', washout: 0 },
  training: { gradient: { method: 'adjoint', shots: null }, optimizer: { kind: 'adam', learningRate: 0.1 }, epochs: 1, batchSize: 1, seed: 1 },
});

describe('parameters with angle biases (docs/spec.md §5.1)', () => {
  it('lists an angle\'s param, then its bias', () => {
    expect(angleNames({ param: 'w', input: true, bias: 'b' })).toEqual(['w', 'b']);
    expect(angleNames({ bias: 'b' })).toEqual(['b']);
    expect(angleNames(0.3)).toEqual([]);
  });

  it('counts a name used as param in one gate and as bias in another twice', () => {
    const cell = [{ gate: 'RY' as const, wires: [0], angle: { param: 'a' } }, { gate: 'RX' as const, wires: [1], angle: { bias: 'a' } }];
    expect(gateUses(cell).get('a')).toBe(2);
  });

  it('creates a new bias parameter at 0 (the model computes what it did) and removes one no angle holds any more', () => {
    const before = base([{ gate: 'RY', wires: [0], angle: { param: 'a' } }], { a: 0.4, s: 1, c: 0 });
    const added = syncParams(before, { ...before, model: { ...before.model, cell: [{ gate: 'RY', wires: [0], angle: { param: 'a', bias: 'b' } }] } });
    expect(added.params).toEqual({ a: 0.4, s: 1, c: 0, b: 0 });
    const removed = syncParams(added, { ...added, model: { ...added.model, cell: [{ gate: 'RY', wires: [0], angle: { param: 'a' } }] } });
    expect(removed.params).toEqual({ a: 0.4, s: 1, c: 0 });
  });
});
