/**
 * What only the built data can tell (issues 8 and 10): the first sequence's refusal keeps its
 * reason, and a model that reads an input component the data lack, or a washout as long as
 * the sequences, is refused naming the field.
 */
import { describe, expect, it } from 'vitest';
import type { DataSpec, Experiment } from '../model/types';
import { buildDataset, checkModelOnDataset, firstSequenceResult } from './build';

function dataset(spec: DataSpec) {
  const built = buildDataset(spec);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.dataset;
}

const model = (input: true | number): Pick<Experiment, 'model' | 'loss'>['model'] => ({
  recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 0,
  cell: [{ gate: 'H', wires: [0] }, { gate: 'RY', wires: [0], angle: { input } }],
  readout: [{ observable: 'Z', wire: 0 }], head: { weights: [1], bias: 0 },
});

describe('firstSequenceResult', () => {
  it('keeps the reason an over-long inline sequence gives no sequence, naming data.inputs', () => {
    const n = 100_001;
    const r = firstSequenceResult({ kind: 'inline', inputs: new Array(n).fill(0), targets: new Array(n).fill(0) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toEqual({ path: 'data.inputs', message: 'must be a list of 1 to 100000 inputs (numbers, or lists of numbers)' });
  });

  it('gives the first training window of a generator', () => {
    const r = firstSequenceResult({ kind: 'sine' });
    expect(r.ok && r.sequence.inputs).toHaveLength(12);
  });
});

describe('checkModelOnDataset', () => {
  it('refuses input component 1 on the sine generator, naming the angle', () => {
    expect(checkModelOnDataset({ model: model(1), loss: { kind: 'mse', washout: 0 } }, dataset({ kind: 'sine' }))).toEqual([
      { path: 'model.cell[1].angle.input', message: 'input component 1 is out of range: the data give one number per step (component 0)' },
    ]);
    expect(checkModelOnDataset({ model: model(true), loss: { kind: 'mse', washout: 0 } }, dataset({ kind: 'sine' }))).toEqual([]);
  });

  it('refuses a washout as long as the default window of 12, naming loss.washout', () => {
    expect(checkModelOnDataset({ model: model(0), loss: { kind: 'mse', washout: 12 } }, dataset({ kind: 'sine' }))).toEqual([
      { path: 'loss.washout', message: "is 12 but the data's sequences have 12 steps: the washout must be shorter than the sequence, or no step is scored" },
    ]);
    expect(checkModelOnDataset({ model: model(0), loss: { kind: 'mse', washout: 11 } }, dataset({ kind: 'sine' }))).toEqual([]);
  });

  it('reads the width of vector inline inputs', () => {
    const data = dataset({ kind: 'inline', inputs: [[1, 2], [3, 4]], targets: [0, 1] });
    expect(checkModelOnDataset({ model: model(1), loss: { kind: 'mse', washout: 1 } }, data)).toEqual([]);
    expect(checkModelOnDataset({ model: model(2), loss: { kind: 'mse', washout: 2 } }, data).map((e) => e.path)).toEqual(['model.cell[1].angle.input', 'loss.washout']);
  });
});
