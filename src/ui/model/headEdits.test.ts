/**
 * The Model panel's edits keep every head's weights in step with the features, name new
 * coefficients predictably at 0, drop removed ones from `params`, and give files the parser
 * accepts (docs/spec.md §5.2, §5.3).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../model/parse';
import type { Experiment } from '../../model/types';
import { addReadout, removeOutput, removeReadout, replaceReadout, setOutputCount } from './headEdits';

const sine = (): Experiment => JSON.parse(readFileSync('public/experiments/sine.json', 'utf8')) as Experiment;
const accepted = (e: Experiment) => {
  const parsed = parseExperiment(e);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
};

describe('readout edits', () => {
  it('adding a probabilities readout gives the head one new weight per outcome, at 0', () => {
    const next = addReadout(sine(), { observable: 'probabilities', wires: [0] });
    expect(next.model.head).toEqual({ weights: ['s', 'w_0_1', 'w_0_2'], bias: 'bias' });
    expect(next.params).toMatchObject({ s: 1, w_0_1: 0, w_0_2: 0 });
    accepted(next);
  });

  it('removing a readout drops its weights from every head and from params', () => {
    const two = setOutputCount({ ...sine(), data: { kind: 'lorenz', target: ['x', 'y'] } }, 2);
    const more = addReadout(two, { observable: 'probabilities', wires: [0] });
    expect(more.model.head).toEqual([
      { weights: ['s', 'w_0_1', 'w_0_2'], bias: 'bias' },
      { weights: ['w_1_0', 'w_1_1', 'w_1_2'], bias: 'c_1' },
    ]);
    accepted(more);
    const less = removeReadout(more, 0);
    expect(less.model.head).toEqual([{ weights: ['w_0_1', 'w_0_2'], bias: 'bias' }, { weights: ['w_1_1', 'w_1_2'], bias: 'c_1' }]);
    expect(Object.keys(less.params)).not.toContain('s');
    expect(Object.keys(less.params)).not.toContain('w_1_0');
    accepted(less);
  });

  it('a probabilities readout that gains a wire keeps its weights and adds the new outcomes after them', () => {
    const experiment = { ...sine(), model: { ...sine().model, dataQubits: 2, hiddenQubits: 1 } };
    const one = addReadout(experiment, { observable: 'probabilities', wires: [0] });
    const wider = replaceReadout(one, 1, { observable: 'probabilities', wires: [0, 1] });
    expect(wider.model.head).toEqual({ weights: ['s', 'w_0_1', 'w_0_2', 'w_0_3', 'w_0_4'], bias: 'bias' });
    const narrower = replaceReadout(wider, 1, { observable: 'probabilities', wires: [1] });
    expect(narrower.model.head).toEqual({ weights: ['s', 'w_0_1', 'w_0_2'], bias: 'bias' });
    expect(Object.keys(narrower.params)).not.toContain('w_0_3');
  });

  it('a new name that a parameter already holds gets a suffix', () => {
    const e = sine();
    e.params.w_0_1 = 0.5;
    expect(addReadout(e, { observable: 'Z', wire: 0 }).model.head).toEqual({ weights: ['s', 'w_0_1_2'], bias: 'bias' });
  });
});

describe('output edits', () => {
  it('setOutputCount adds heads with fresh weights and bias, and one head is written as an object again', () => {
    const lorenz = { ...sine(), data: { kind: 'lorenz' as const, target: ['x', 'y', 'z'] } };
    const three = setOutputCount(lorenz, 3);
    expect(three.model.head).toEqual([
      { weights: ['s'], bias: 'bias' },
      { weights: ['w_1_0'], bias: 'c_1' },
      { weights: ['w_2_0'], bias: 'c_2' },
    ]);
    expect(three.params).toMatchObject({ w_1_0: 0, c_1: 0, w_2_0: 0, c_2: 0 });
    accepted(three);
    const middleGone = removeOutput(three, 1);
    expect(middleGone.model.head).toEqual([{ weights: ['s'], bias: 'bias' }, { weights: ['w_2_0'], bias: 'c_2' }]);
    expect(Object.keys(middleGone.params)).not.toContain('c_1');
    expect(setOutputCount(three, 1).model.head).toEqual({ weights: ['s'], bias: 'bias' });
  });

  it('the parser refuses more outputs than the data have targets, naming the data field', () => {
    const parsed = parseExperiment(setOutputCount(sine(), 2));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0].path).toBe('data.target');
  });
});
