import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { parseSettingValue, withSetting } from './settingsEdits';

const parsed = parseExperimentText(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('preset refused');
const sine = parsed.experiment;

describe('withSetting(experiment, field, value)', () => {
  it('changes one training setting and leaves the input untouched', () => {
    const e = withSetting(sine, 'learningRate', 0.01);
    expect(e.training.optimizer.learningRate).toBe(0.01);
    expect(sine.training.optimizer.learningRate).toBe(0.05);
    expect(withSetting(sine, 'shots', null).training.gradient.shots).toBeNull();
    expect(withSetting(sine, 'method', 'adjoint').training.gradient.method).toBe('adjoint');
    expect(withSetting(sine, 'sampling', 'trajectory').training.gradient).toEqual({ method: 'parameter-shift', shots: null, sampling: 'trajectory' });
    expect(sine.training.gradient).toEqual({ method: 'parameter-shift', shots: null });
  });

  it('sets noise with the other channels at 0, and a generator keeps the windowing', () => {
    expect(withSetting(sine, 'p1', 0.01).model.noise).toEqual({ p1: 0.01, p2: 0, gamma: 0, q: 0 });
    const mg = withSetting(sine, 'dataKind', 'mackey-glass').data as Record<string, unknown>;
    expect(mg).toEqual({ kind: 'mackey-glass', window: 12, horizon: 1, split: 0.75, normalize: 'minmax', seed: 1 });
  });

  it('switching to L-BFGS drops the learning rate and takes memory 10; switching back takes the default learning rate', () => {
    const spsa = withSetting(withSetting(sine, 'optimizer', 'spsa'), 'learningRate', 0.3);
    const lbfgs = withSetting(spsa, 'optimizer', 'lbfgs');
    expect(lbfgs.training.optimizer).toEqual({ kind: 'lbfgs', memory: 10 });
    const five = withSetting(lbfgs, 'memory', 5);
    expect(five.training.optimizer).toEqual({ kind: 'lbfgs', memory: 5 });
    expect(withSetting(five, 'optimizer', 'lbfgs').training.optimizer).toEqual({ kind: 'lbfgs', memory: 5 });
    expect(withSetting(five, 'optimizer', 'adam').training.optimizer).toEqual({ kind: 'adam', learningRate: 0.05 });
    expect(withSetting(spsa, 'optimizer', 'sgd').training.optimizer).toEqual({ kind: 'sgd', learningRate: 0.3 });
    // Fields the form does not know stay.
    const extra = { ...sine, training: { ...sine.training, optimizer: { kind: 'spsa' as const, learningRate: 0.3, c: 0.15 } } };
    expect(withSetting(extra, 'optimizer', 'lbfgs').training.optimizer).toEqual({ kind: 'lbfgs', memory: 10, c: 0.15 });
  });

  it('a memory out of 1..100 is refused by the parser naming training.optimizer.memory', () => {
    const bad = parseExperimentText(JSON.stringify(withSetting(withSetting(sine, 'optimizer', 'lbfgs'), 'memory', 0)));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([{ path: 'training.optimizer.memory', message: 'must be an integer from 1 to 100, got 0' }]);
  });

  it('an out-of-range value is refused by the parser with its field', () => {
    const bad = parseExperimentText(JSON.stringify(withSetting(sine, 'batchSize', 0)));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].path).toBe('training.batchSize');
    const sampling = parseExperimentText(JSON.stringify(withSetting(sine, 'sampling', 'qpu')));
    expect(!sampling.ok && sampling.errors[0].path).toBe('training.gradient.sampling');
  });
});

describe('parseSettingValue(field, text)', () => {
  it('reads numbers, empty shots as exact, and refuses text that is not a number', () => {
    expect(parseSettingValue('epochs', ' 30 ')).toBe(30);
    expect(parseSettingValue('shots', '')).toBeNull();
    expect(parseSettingValue('learningRate', 'fast')).toBeUndefined();
    expect(parseSettingValue('optimizer', 'sgd')).toBe('sgd');
    expect(parseSettingValue('sampling', 'trajectory')).toBe('trajectory');
  });
});
