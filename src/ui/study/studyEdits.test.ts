/**
 * The Studies view's pure edits: each choice gives a `set` the parser accepts on the sine
 * preset (gradient and sampling keep the file's other gradient fields, a model choice brings
 * the preset's parameters), names are suggested from the choice, seeds parse or refuse,
 * baselines stay in the SPEC's kind order and keep their other settings, and a set reads
 * out in words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment, parseExperimentText } from '../../model/parse';
import type { Experiment } from '../../model/types';
import {
  describeSet, firstStudy, parseSeeds, setOf, suggestedName, withBaseline, withReinitialize, withVariant, withoutVariant, type VaryChoice,
} from './studyEdits';

const text = (file: string) => readFileSync(new URL(`../../../public/experiments/${file}`, import.meta.url), 'utf8');
const sine = (() => { const r = parseExperimentText(text('sine.json')); if (!r.ok) throw new Error('sine'); return r.experiment; })();

/** Whether the parser accepts `experiment` with `study`. */
function accepts(experiment: Experiment, study: Experiment['study']) {
  const r = parseExperiment(JSON.parse(JSON.stringify({ ...experiment, study })));
  return r.ok ? true : r.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

describe('study edits', () => {
  const choices: VaryChoice[] = [
    { kind: 'gradient', method: 'spsa', shots: 1000 },
    { kind: 'sampling', sampling: 'trajectory' },
    { kind: 'optimizer', optimizer: 'sgd', learningRate: 0.1 },
    { kind: 'optimizer', optimizer: 'lbfgs', learningRate: 0 },
    { kind: 'recurrence', recurrence: 'coherent' },
    { kind: 'model', preset: 'one-qubit.json', label: 'One qubit', file: JSON.parse(text('one-qubit.json')) },
  ];

  it('makes from each choice a variant the parser accepts on the sine preset, named after it', () => {
    let study = firstStudy();
    for (const choice of choices) study = withVariant(study, { name: suggestedName(choice), set: setOf(choice, sine) });
    expect(study.variants.map((v) => v.name)).toEqual(['as is', 'spsa, 1,000 shots', 'trajectory sampling', 'SGD, rate 0.1', 'L-BFGS', 'coherent recurrence', 'cell of One qubit']);
    expect(accepts(sine, study)).toBe(true);
    expect(setOf(choices[1], sine)).toEqual({ 'training.gradient': { ...sine.training.gradient, sampling: 'trajectory' } });
    expect(withoutVariant(study, 1).variants.map((v) => v.name)).not.toContain('spsa, 1,000 shots');
  });

  it('parses seeds and refuses what is not a list of whole numbers', () => {
    expect(parseSeeds('1, 2 3')).toEqual([1, 2, 3]);
    expect(parseSeeds('1 x')).toBeNull();
    expect(parseSeeds('1.5')).toBeNull();
    expect(parseSeeds('  ')).toBeNull();
  });

  it('keeps baselines in the SPEC order with their other settings, and removes the field when none is left', () => {
    let study = withBaseline(firstStudy(), 'linear', 4);
    study = withBaseline(study, 'lstm', 2);
    study = { ...study, baselines: study.baselines?.map((b) => (b.kind === 'lstm' ? { ...b, learningRate: 0.02 } : b)) };
    study = withBaseline(study, 'lstm', 3);
    expect(study.baselines).toEqual([{ kind: 'lstm', hidden: 3, learningRate: 0.02 }, { kind: 'linear', lags: 4 }]);
    expect(withBaseline(study, 'esn', 20).baselines?.map((b) => b.kind)).toEqual(['lstm', 'esn', 'linear']);
    expect(accepts(sine, withBaseline(study, 'esn', 20))).toBe(true);
    expect(withBaseline(withBaseline(study, 'lstm', null), 'linear', null).baselines).toBeUndefined();
    expect(withReinitialize(withReinitialize(study, { low: -1, high: 1 }), null).reinitialize).toBeUndefined();
  });

  it('reads a set out in words', () => {
    expect(describeSet({})).toBe('the file as it is');
    expect(describeSet({ 'training.gradient': { method: 'spsa', shots: null } })).toBe('training.gradient = {method: spsa, shots: exact}');
  });

  it('names a QLSTM variant by its sizes, not by its fields', () => {
    const model = { kind: 'qlstm', inputSize: 1, hiddenSize: 1, layers: 1, head: { weights: ['s0', 's1'], bias: 'b' } };
    expect(describeSet({ model, params: { a: 1, b: 2, c: 3, d: 4, e: 5 }, frozen: [] })).toBe('a QLSTM: 1 input + 1 hidden qubits, 1 layer, six circuits');
    expect(describeSet({ model: { ...model, hiddenSize: 3, layers: 2 }, params: {}, 'training.optimizer': { kind: 'adam', learningRate: 0.1 } }))
      .toBe('a QLSTM: 1 input + 3 hidden qubits, 2 layers, six circuits; training.optimizer = {kind: adam, learningRate: 0.1}');
  });
});
