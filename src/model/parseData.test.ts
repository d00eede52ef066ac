import { describe, it, expect } from 'vitest';
import { parseExperiment } from './parse';
import type { FieldError } from './types';
import { caseJson } from '../testing/cases';

function fixture(name = 'controlled-rotations-and-head'): Record<string, unknown> {
  return caseJson(name);
}

/** The errors for the fixture with `data` replaced. */
function errorsWith(data: unknown): FieldError[] {
  const result = parseExperiment({ ...fixture(), data });
  return result.ok ? [] : result.errors;
}

describe('parseExperiment: inline data', () => {
  it('accepts vector inputs of equal length', () => {
    expect(errorsWith({ kind: 'inline', inputs: [[0.1, 0.2], [0.3, 0.4]], targets: [0, null] })).toEqual([]);
  });

  it('refuses a missing data block and an unknown kind', () => {
    expect(errorsWith(undefined)).toEqual([{ path: 'data', message: 'is required: an object with a "kind" (inline, sine, sequence, mackey-glass, lorenz, kuramoto-sivashinsky, csv)' }]);
    expect(errorsWith({ kind: 'random' })).toEqual([
      { path: 'data.kind', message: "must be one of 'inline', 'sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv', got \"random\"" },
    ]);
  });

  it('refuses empty inputs, a non-number input and an empty vector', () => {
    expect(errorsWith({ kind: 'inline', inputs: [], targets: [] })).toEqual([{ path: 'data.inputs', message: 'must not be empty: give at least one input' }]);
    expect(errorsWith({ kind: 'inline', inputs: [0.1, 'abc', [], [1, Number.POSITIVE_INFINITY]], targets: [0, 0, 0, 0] })).toEqual([
      { path: 'data.inputs[1]', message: 'must be a finite number or a list of finite numbers, got "abc"' },
      { path: 'data.inputs[2]', message: 'must not be an empty list: an input vector needs at least one component' },
      { path: 'data.inputs[3][1]', message: 'must be a finite number, got Infinity' },
    ]);
  });

  it('refuses vectors of different lengths, naming the first one', () => {
    expect(errorsWith({ kind: 'inline', inputs: [[1, 2], [1, 2], [1, 2, 3]], targets: [0, 0, 0] })).toEqual([
      { path: 'data.inputs[2]', message: 'has 3 components but data.inputs[0] has 2 components: every input must have the same length' },
    ]);
  });

  it('refuses targets of another length than the inputs, and a target that is not a number or null', () => {
    expect(errorsWith({ kind: 'inline', inputs: [0, 1, 2, 3], targets: [0, 1, 2] })).toEqual([
      { path: 'data.targets', message: 'has 3 entries but data.inputs has 4: give one target per input (null for an unscored step)' },
    ]);
    expect(errorsWith({ kind: 'inline', inputs: [0, 1, 2, 3], targets: [0, 1, 2, 'x'] })).toEqual([
      { path: 'data.targets[3]', message: 'must be a finite number, a list of numbers (one per output) or null (an unscored step), got "x"' },
    ]);
  });

  it('accepts targets that are all null with any number of outputs: no step is scored (docs/spec.md §5.3)', () => {
    const hybrid = fixture('hybrid-input-layer-probabilities-two-outputs');
    const result = parseExperiment({ ...hybrid, data: { kind: 'inline', inputs: [0.1, 0.2], targets: [null, null] }, loss: { kind: 'mse', washout: 0 } });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(errorsWith({ kind: 'inline', inputs: [0.1, 0.2, 0.3, 0.4], targets: [null, null, null, null] })).toEqual([]);
  });

  it('keeps unknown fields of inline data', () => {
    const result = parseExperiment({ ...fixture(), data: { kind: 'inline', inputs: [1, 2], targets: [null, 0], source: { file: 'a.csv' } } });
    expect(result.ok && result.experiment.data).toEqual({ kind: 'inline', inputs: [1, 2], targets: [null, 0], source: { file: 'a.csv' } });
  });
});

describe('parseExperiment: generated data', () => {
  it('keeps every field of a generator as given', () => {
    const data = { kind: 'mackey-glass', tau: 17, seed: 3, window: 20, horizon: 1, split: 0.8, normalize: 'zscore', noise: { sigma: 0.01 } };
    const result = parseExperiment({ ...fixture(), data });
    expect(result.ok && result.experiment.data).toEqual(data);
  });

  it('accepts a generator with no fields but its kind', () => {
    expect(errorsWith({ kind: 'sine' })).toEqual([]);
  });

  it('refuses non-integer seed, window and horizon, a split outside (0, 1] and an unknown normalization', () => {
    expect(errorsWith({ kind: 'sine', seed: 1.5, window: '8', horizon: null, split: 1.5, normalize: 'max' })).toEqual([
      { path: 'data.seed', message: 'must be an integer, got 1.5' },
      { path: 'data.window', message: 'must be an integer, got "8"' },
      { path: 'data.horizon', message: 'must be an integer, got null' },
      { path: 'data.split', message: 'must be a number greater than 0 and at most 1, got 1.5' },
      { path: 'data.normalize', message: "must be one of 'minmax', 'minmax01', 'zscore', 'none', got \"max\"" },
    ]);
  });

  it('refuses an input component past 0 on generated data, whose series is scalar (docs/spec.md §2, Limits)', () => {
    const file = fixture();
    ((file.model as { cell: { angle: Record<string, unknown> }[] }).cell[1].angle).input = 7;
    expect(parseExperiment({ ...file, data: { kind: 'lorenz' } })).toEqual({ ok: false, errors: [
      { path: 'model.cell[1].angle.input', message: 'input component 7 is out of range: the lorenz generator gives one number per step (component 0)' },
    ] });
    ((file.model as { cell: { angle: Record<string, unknown> }[] }).cell[1].angle).input = 1;
    expect(parseExperiment({ ...file, data: { kind: 'sine' } })).toMatchObject({ ok: false, errors: [{ path: 'model.cell[1].angle.input' }] });
    ((file.model as { cell: { angle: Record<string, unknown> }[] }).cell[1].angle).input = 0;
    expect(parseExperiment({ ...file, data: { kind: 'sine' } }).ok).toBe(true);
  });
});
