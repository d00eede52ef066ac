/**
 * The `study` block (docs/spec.md §8): what is accepted, how it is kept and written, and what
 * is refused, each refusal naming the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from './parse';
import { applySet, STUDY_LIMITS } from './parseStudy';
import { serializeExperiment } from './serialize';

const sine = JSON.parse(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const STUDY = {
  variants: [
    { name: 'parameter-shift, 1000 shots', set: { 'training.gradient': { method: 'parameter-shift', shots: 1000 } } },
    { name: 'SPSA, 1000 shots', set: { 'training.gradient': { method: 'spsa', shots: 1000 }, 'training.optimizer': { kind: 'spsa', learningRate: 0.3, c: 0.15 } } },
  ],
  seeds: [1, 2, 3],
  reinitialize: { low: -3.14159, high: 3.14159 },
  baselines: [{ kind: 'lstm', hidden: 4 }, { kind: 'gru', hidden: 4 }, { kind: 'esn', units: 50, spectralRadius: 0.9 }, { kind: 'linear', lags: 4 }],
};

const withStudy = (study: unknown) => ({ ...sine, study });
const pathsOf = (file: unknown) => {
  const r = parseExperiment(file);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

describe('the study block', () => {
  it("accepts the SPEC's example and keeps it, in the SPEC's order, through save and load", () => {
    const r = parseExperiment(withStudy(STUDY));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.experiment.study).toEqual(STUDY);
    const text = serializeExperiment(r.experiment);
    expect(Object.keys(JSON.parse(text).study)).toEqual(['variants', 'seeds', 'reinitialize', 'baselines']);
    const again = parseExperiment(JSON.parse(text));
    expect(again.ok && serializeExperiment(again.experiment)).toBe(text);
  });

  it('a file without a study has none, and saves as before', () => {
    const r = parseExperiment(sine);
    expect(r.ok && r.experiment.study).toBeUndefined();
  });

  it('applies a set by dotted paths, replacing each value whole and creating missing objects', () => {
    const file = { training: { gradient: { method: 'adjoint', shots: null, h: 0.1 }, epochs: 5 } };
    expect(applySet(file, { 'training.gradient': { method: 'spsa', shots: 10 }, 'training.optimizer.c': 0.2 })).toEqual({
      training: { gradient: { method: 'spsa', shots: 10 }, epochs: 5, optimizer: { c: 0.2 } },
    });
    expect(file.training.gradient.h).toBe(0.1); // the file itself is untouched
  });

  it('refuses a variant whose set makes the file invalid, naming the variant', () => {
    const bad = { ...STUDY, variants: [...STUDY.variants, { name: 'broken', set: { 'training.gradient': { method: 'magic' } } }] };
    const r = parseExperiment(withStudy(bad));
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'study.variants[2].set', message: expect.stringContaining('training.gradient.method') }]);
  });

  it('refuses what cannot be a study, naming the field', () => {
    expect(pathsOf(withStudy({ ...STUDY, variants: [] }))).toEqual(['study.variants']);
    expect(pathsOf(withStudy({ ...STUDY, seeds: [] }))).toEqual(['study.seeds']);
    expect(pathsOf(withStudy({ ...STUDY, seeds: [1, 1] }))).toEqual(['study.seeds']);
    expect(pathsOf(withStudy({ ...STUDY, seeds: [1.5] }))).toEqual(['study.seeds[0]']);
    expect(pathsOf(withStudy({ ...STUDY, reinitialize: { low: 1, high: 1 } }))).toEqual(['study.reinitialize.high']);
    expect(pathsOf(withStudy({ ...STUDY, variants: [STUDY.variants[0], { ...STUDY.variants[1], name: STUDY.variants[0].name }] }))).toEqual(['study.variants[1].name']);
    expect(pathsOf(withStudy({ ...STUDY, variants: [{ name: 'x', set: { 'study.seeds': [1] } }] }))).toEqual(['study.variants[0].set["study.seeds"]']);
    expect(pathsOf(withStudy({ ...STUDY, baselines: [{ kind: 'transformer' }] }))).toEqual(['study.baselines[0].kind']);
    expect(pathsOf(withStudy({ ...STUDY, baselines: [{ kind: 'lstm', hidden: 4 }, { kind: 'lstm', hidden: 8 }] }))).toEqual(['study.baselines[1].kind']);
    expect(pathsOf(withStudy({ ...STUDY, baselines: [{ kind: 'lstm', hidden: 0 }] }))).toEqual(['study.baselines[0].hidden']);
    expect(pathsOf(withStudy({ ...STUDY, baselines: [{ kind: 'esn', units: 50, spectralRadius: 5 }] }))).toEqual(['study.baselines[0].spectralRadius']);
    expect(pathsOf(withStudy({ ...STUDY, baselines: [{ kind: 'linear', lags: 4, learningRate: -1 }] }))).toEqual(['study.baselines[0].learningRate']);
  });

  it(`refuses more than ${STUDY_LIMITS.runs} runs in all`, () => {
    const variants = Array.from({ length: 12 }, (_, i) => ({ name: `v${i}`, set: {} }));
    expect(pathsOf(withStudy({ variants, seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], baselines: [{ kind: 'lstm', hidden: 2 }] }))).toEqual(['study']);
  });
});
