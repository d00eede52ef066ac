import { describe, expect, it } from 'vitest';
import type { DataSpec, GeneratorKind } from '../model/types';
import { buildDataset, firstSequence, type Dataset } from './build';
import { denormalize } from './normalization';

const spec = (s: Record<string, unknown>): DataSpec => s as DataSpec;
const dataset = (s: Record<string, unknown>): Dataset => {
  const r = buildDataset(spec(s));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.dataset;
};
const errorsOf = (s: unknown) => { const r = buildDataset(s as DataSpec); return r.ok ? [] : r.errors; };

const KINDS: GeneratorKind[] = ['sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv'];
const CSV = 'day,load\n' + Array.from({ length: 60 }, (_, i) => `${i},${(Math.sin(i / 3) * 10).toFixed(4)}`).join('\n');
const defaults = (kind: GeneratorKind): Record<string, unknown> => (kind === 'csv' ? { kind, text: CSV, column: 'load' } : { kind });

describe('buildDataset', () => {
  it('is bit-identical from run to run for every kind with its defaults', () => {
    for (const kind of KINDS) {
      const a = dataset({ ...defaults(kind), seed: 9 }), b = dataset({ ...defaults(kind), seed: 9 });
      expect(b, kind).toStrictEqual(a);
      expect(a.series.inputs.every((v, i) => Object.is(v, b.series.inputs[i])), kind).toBe(true);
    }
  });

  it("for 'sequence' with defaults gives one window: inputs 10 .. 80 and targets 20 .. 90, in [-1, 1]", () => {
    const d = dataset({ kind: 'sequence' });
    expect(d.train).toHaveLength(1);
    expect(d.test).toHaveLength(0);
    expect(d.normalization).toEqual({ kind: 'minmax', offset: 50, scale: 40 });
    expect(d.train[0].inputs.map(([x]) => denormalize(x, d.normalization))).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(d.train[0].targets.map((y) => denormalize((y as number[])[0], d.normalization))).toEqual([20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('raw = normalised * scale + offset recovers the raw series to 1e-12 for minmax, minmax01 and zscore', () => {
    for (const normalize of ['minmax', 'minmax01', 'zscore', 'none']) {
      const d = dataset({ kind: 'sequence', start: 3, step: 7, count: 40, window: 5, normalize });
      d.series.inputs.forEach((v, i) => expect(Math.abs(v * d.normalization.scale + d.normalization.offset - (3 + 7 * i))).toBeLessThan(1e-12));
    }
  });

  it('fits the normalisation on the training span only (inputs and targets of the training windows)', () => {
    // 20 terms 1 .. 20, window 4, stride 4: windows at 0, 4, 8, 12 (the last needs index 16);
    // split 0.5 trains on the first two, which read indices 0 .. 8 (values 1 .. 9).
    const d = dataset({ kind: 'sequence', start: 1, step: 1, count: 20, window: 4, split: 0.5, normalize: 'minmax01' });
    expect(d.layout.trainStarts).toEqual([0, 4]);
    expect(d.layout.testStarts).toEqual([8, 12]);
    expect(d.normalization).toEqual({ kind: 'minmax01', offset: 1, scale: 8 });
    expect(Math.max(...d.test.flatMap((w) => (w.targets as number[][]).flat()))).toBeGreaterThan(1);
  });

  it('counts windows by window, horizon, stride and split', () => {
    const d = dataset({ kind: 'sine', length: 200, window: 10, horizon: 5, stride: 5, split: 0.6 });
    // floor((200 - 10 - 5) / 5) + 1 = 38 windows; 23 train (last at 110); test from 120.
    expect(d.train).toHaveLength(23);
    expect(d.layout.testStarts[0]).toBe(120);
    expect(d.test).toHaveLength(38 - 23 - 1);
    expect(d.train[3].targets[2]).toEqual([d.series.targets[0][15 + 2 + 5]]);
    expect(d.train[3].inputs[2]).toEqual([d.series.inputs[15 + 2]]);
  });

  it('for sine with defaults gives 7 training and 2 test windows of 12 steps', () => {
    const d = dataset({ kind: 'sine' });
    expect([d.train.length, d.test.length, d.train[0].inputs.length]).toEqual([7, 2, 12]);
  });

  it('gives a cross-prediction dataset its own input and target normalisations (Lorenz x -> z)', () => {
    const d = dataset({ kind: 'lorenz', component: 'x', target: 'z' });
    expect(d.inputNormalization).toBeDefined();
    expect(d.targetNormalization).toBe(d.normalization);
    expect(d.inputNormalization).not.toEqual(d.normalization);
    const x = dataset({ kind: 'lorenz' });
    expect(x.inputNormalization).toBeUndefined();
    expect(d.series.inputs).toEqual(x.series.inputs);
  });

  it("for 'inline' returns the sequence itself, identity normalisation and NaN for unscored targets in the series", () => {
    const d = dataset({ kind: 'inline', inputs: [0.1, 0.5, -0.2], targets: [0.5, -0.2, null] });
    expect(d.train).toEqual([{ inputs: [[0.1], [0.5], [-0.2]], targets: [[0.5], [-0.2], null] }]);
    expect(d.test).toEqual([]);
    expect(d.normalization).toEqual({ kind: 'none', offset: 0, scale: 1 });
    expect(d.series.targets).toEqual([[0.5, -0.2, NaN]]);
  });

  it('names the field of every refusal: kind, window, windowing and generator fields together', () => {
    expect(errorsOf(null)).toEqual([{ path: 'data', message: 'must be an object with a "kind"' }]);
    expect(errorsOf({ kind: 'wave' }).map((e) => e.path)).toEqual(['data.kind']);
    expect(errorsOf({ kind: 'sine', length: 10, window: 12 }).map((e) => e.path)).toEqual(['data.window']);
    expect(errorsOf({ kind: 'sine', split: 0, seed: 1.5, period: 'x' }).map((e) => e.path)).toEqual(['data.seed', 'data.split', 'data.period']);
    expect(errorsOf({ kind: 'csv', text: '"open', horizon: -1 }).map((e) => e.path)).toEqual(['data.horizon', 'data.text']);
  });
});

describe('firstSequence', () => {
  it('is the inline sequence, the first training window of a generator, or null for an invalid spec', () => {
    expect(firstSequence(spec({ kind: 'inline', inputs: [1, 2], targets: [2, null] }))).toEqual({ inputs: [[1], [2]], targets: [[2], null] });
    expect(firstSequence(spec({ kind: 'sine' }))).toEqual(dataset({ kind: 'sine' }).train[0]);
    expect(firstSequence(spec({ kind: 'sine', period: -1 }))).toBeNull();
  });
});
