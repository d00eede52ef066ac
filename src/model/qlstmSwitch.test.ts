import { describe, expect, it } from 'vitest';
import { presetExperiment } from '../testing/presetExperiments';
import { parseAnyExperiment } from './parse';
import { serializeExperiment } from './serialize';
import { dataInputWidth, qlstmDescriptionOf, switchedToQlstm, switchedToQrnn, withQlstm } from './qlstmSwitch';
import { qlstmParamNames, type QlstmExperiment } from './types';

const parsesAs = (e: unknown) => {
  const parsed = parseAnyExperiment(JSON.parse(serializeExperiment(e as QlstmExperiment)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.experiment;
};

describe('the model-kind switch', () => {
  it('turns the sine QRNN into a valid QLSTM of Chen\'s default size, keeping data, loss and training', () => {
    const sine = presetExperiment('sine');
    const qlstm = switchedToQlstm(sine);
    expect(qlstm.model).toMatchObject({ kind: 'qlstm', inputSize: 1, hiddenSize: 3, layers: 2 });
    expect(Object.keys(qlstm.params)).toHaveLength(18 * 2 * 4 + 5);
    expect(qlstm.data).toEqual(sine.data);
    expect(qlstm.training).toEqual(sine.training);
    expect(parsesAs(qlstm).model.kind).toBe('qlstm');
  });

  it('starts the angles from the training seed, the same every time, small and not all equal', () => {
    const sine = presetExperiment('sine');
    const a = switchedToQlstm(sine), b = switchedToQlstm(sine);
    expect(a.params).toEqual(b.params);
    const angles = qlstmParamNames(a.model).map((p) => a.params[p]);
    expect(Math.max(...angles.map(Math.abs))).toBeLessThanOrEqual(0.5);
    expect(new Set(angles).size).toBe(angles.length);
    const other = switchedToQlstm({ ...sine, training: { ...sine.training, seed: 2 } });
    expect(other.params['f.0.0.alpha']).not.toBe(a.params['f.0.0.alpha']);
  });

  it('keeps an angle\'s value when the sizes change and its name stays', () => {
    const qlstm = switchedToQlstm(presetExperiment('sine'));
    const trained = { ...qlstm, params: { ...qlstm.params, 'f.0.1.beta': 1.25, s0: -0.7 } };
    const bigger = withQlstm(trained, { inputSize: 1, hiddenSize: 3, layers: 3 });
    expect(bigger.params['f.0.1.beta']).toBe(1.25);
    expect(bigger.params.s0).toBe(-0.7);
    expect(Object.keys(bigger.params)).toHaveLength(18 * 3 * 4 + 5);
    const smaller = withQlstm(trained, { inputSize: 1, hiddenSize: 1, layers: 1 });
    expect(Object.keys(smaller.params).sort()).toEqual([...qlstmParamNames(smaller.model), 's0', 's1', 'bias'].sort());
    expect(parsesAs(smaller).model.kind).toBe('qlstm');
  });

  it('switches back to the QRNN it is given, with the QLSTM\'s other blocks', () => {
    const sine = presetExperiment('sine');
    const qlstm = { ...switchedToQlstm(sine), name: 'renamed' };
    const back = switchedToQrnn(qlstm, sine);
    expect(back.model).toEqual(sine.model);
    expect(back.params).toEqual(sine.params);
    expect(back.name).toBe('renamed');
  });

  it('names the switched document for what it holds, and the switch back takes its own words back', () => {
    const sine = presetExperiment('sine');
    const qlstm = switchedToQlstm(sine);
    expect(qlstm.name).toBe('Sine prediction, 1 data + 2 hidden (as a QLSTM)');
    expect((qlstm as unknown as { description: string }).description).toBe(qlstmDescriptionOf(sine.name));
    expect(parsesAs(qlstm).model.kind).toBe('qlstm');
    const back = switchedToQrnn(qlstm, sine);
    expect(back.name).toBe(sine.name);
    expect((back as unknown as { description: string }).description).toBe((sine as unknown as { description: string }).description);
    // A description the user wrote while it was a QLSTM stays; so does a name they wrote.
    const described = { ...qlstm, description: 'mine' } as typeof qlstm;
    expect((switchedToQrnn(described, sine) as unknown as { description: string }).description).toBe('mine');
    // Back to a QRNN the document never held (the default cell): the suffix goes, and the switch's description.
    const other = { ...sine, name: 'Another' };
    const restored = switchedToQrnn(qlstm, other);
    expect(restored.name).toBe(sine.name);
    expect('description' in restored).toBe(false);
  });

  it('reads the input width of the data: one for a generator, as written inline', () => {
    expect(dataInputWidth({ kind: 'sine' })).toBe(1);
    expect(dataInputWidth({ kind: 'inline', inputs: [0.1, 0.2], targets: [0.2, null] })).toBe(1);
    expect(dataInputWidth({ kind: 'inline', inputs: [[0.1, 0.3], [0.2, 0.4]], targets: [0.2, null] })).toBe(2);
  });

  it('turns what a QLSTM cannot train with into what it can: ridge into Adam, trajectory sampling into independent', () => {
    const reservoir = presetExperiment('reservoir');
    expect(reservoir.training.optimizer.kind).toBe('ridge');
    const qlstm = parsesAs(switchedToQlstm(reservoir));
    expect(qlstm.training.optimizer).toEqual({ kind: 'adam', learningRate: 0.05 });
    expect(qlstm.frozen).toEqual([]);
    const sampled = presetExperiment('sine', (e) => { e.training.gradient = { ...e.training.gradient, shots: 100, sampling: 'trajectory' }; });
    expect(parsesAs(switchedToQlstm(sampled)).training.gradient.sampling).toBeUndefined();
  });

  it('gives a QLSTM one head per output of a QRNN with several', () => {
    const hybrid = presetExperiment('hybrid-lorenz');
    const qlstm = parsesAs(switchedToQlstm(hybrid));
    expect([qlstm.model.head].flat()).toHaveLength(2);
  });
});
