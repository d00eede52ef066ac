/**
 * Reading and writing a QLSTM file (docs/spec.md §7): the reference case parses, every
 * refusal names its field, `params` must list exactly the `18 L n` circuit names, the page's
 * parser refuses a valid QLSTM at `model.kind`, and serialization round-trips.
 */
import { describe, expect, it } from 'vitest';
import { QLSTM_ELSEWHERE, parseAnyExperiment, parseExperiment, parseExperimentText } from './parse';
import { canonicalObject, serializeExperiment } from './serialize';
import { isQlstmExperiment, qlstmParamNames, type FieldError } from './types';
import { QLSTM_CASE_NAMES, caseJson, caseText } from '../testing/cases';

const NAME = 'qlstm/qlstm-input1-hidden2';
type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case, a fresh copy to mutate. */
const base = (): File => caseJson(NAME);

function errorsOf(file: unknown): FieldError[] {
  const result = parseAnyExperiment(file);
  return result.ok ? [] : result.errors;
}

/** Refused, with an error at `path` whose message matches `message`. */
function expectRefused(file: unknown, path: string, message: RegExp): void {
  const errors = errorsOf(file);
  expect(errors.map((e) => e.path), JSON.stringify(errors)).toContain(path);
  expect(errors.find((e) => e.path === path)?.message).toMatch(message);
}

describe('parsing a QLSTM file', () => {
  it.each(QLSTM_CASE_NAMES)('accepts the reference case %s as a QLSTM, without warnings', (name) => {
    const result = parseAnyExperiment(caseJson(name));
    expect(result.ok && isQlstmExperiment(result.experiment)).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it('lists 18 L n circuit parameter names', () => {
    expect(qlstmParamNames({ inputSize: 1, hiddenSize: 2, layers: 1 })).toHaveLength(54);
    expect(qlstmParamNames({ inputSize: 2, hiddenSize: 3, layers: 2 })).toHaveLength(180);
    expect(qlstmParamNames({ inputSize: 1, hiddenSize: 1, layers: 1 }).slice(0, 4)).toEqual(['f.0.0.alpha', 'f.0.0.beta', 'f.0.0.gamma', 'f.0.1.alpha']);
  });

  it.each(['cell', 'readout', 'recurrence', 'dataQubits', 'hiddenQubits', 'noise'])('refuses the QRNN field model.%s', (field) => {
    const file = base();
    file.model[field] = field === 'cell' || field === 'readout' ? [] : field === 'noise' ? { p1: 0 } : field === 'recurrence' ? 'measure-reset' : 1;
    expectRefused(file, `model.${field}`, /QRNN field.*remove it/);
  });

  it('refuses a kind other than qlstm, and sizes out of range, naming the field', () => {
    expectRefused({ ...base(), model: { ...base().model, kind: 'gru' } }, 'model.kind', /must be 'qlstm'.*absent for a QRNN/);
    expectRefused({ ...base(), model: { ...base().model, inputSize: 0 } }, 'model.inputSize', /an integer from 1/);
    expectRefused({ ...base(), model: { ...base().model, hiddenSize: 0 } }, 'model.hiddenSize', /an integer from 1/);
    expectRefused({ ...base(), model: { ...base().model, hiddenSize: 1.5 } }, 'model.hiddenSize', /an integer from 1/);
    expectRefused({ ...base(), model: { ...base().model, layers: 0 } }, 'model.layers', /an integer from 1/);
    expectRefused({ ...base(), model: { ...base().model, inputSize: 5, hiddenSize: 8 } }, 'model.hiddenSize', /13 qubits.*at most 12/);
  });

  it('needs every circuit parameter in params, and no other k.l.j.angle name', () => {
    const missing = base();
    delete missing.params['g.0.1.beta'];
    expectRefused(missing, 'params', /'g\.0\.1\.beta' is used by model \(a QLSTM's circuits/);
    const extra = base();
    extra.params['f.1.0.alpha'] = 0.1;
    expectRefused(extra, 'params["f.1.0.alpha"]', /not a parameter of this QLSTM.*exactly its 54 circuit parameters/);
    const qubit = base();
    qubit.params['y.0.3.gamma'] = 0.1;
    expectRefused(qubit, 'params["y.0.3.gamma"]', /qubits 0\.\.2/);
  });

  it('reads the head over the n values of VQC_y, one head or several', () => {
    const short = base();
    short.model.head.weights = ['s0', 's1'];
    expectRefused(short, 'model.head.weights', /has 2 weights but VQC_y gives 3 values/);
    const two = base();
    two.model.head = [{ weights: ['s0', 's1', 's2'], bias: 'bias' }, { weights: [1, 0, 0], bias: 0 }];
    two.data.targets = two.data.targets.map((y: number) => [y, -y]);
    expect(errorsOf(two)).toEqual([]);
    const mismatch = base();
    mismatch.model.head = [{ weights: ['s0', 's1', 's2'], bias: 'bias' }, { weights: [1, 0, 0], bias: 0 }];
    expectRefused(mismatch, 'data.targets', /1 target per step but model\.head has 2 heads/);
  });

  it('takes inputs of inputSize numbers: plain numbers when inputSize is 1', () => {
    const vectors = base();
    vectors.data.inputs = vectors.data.inputs.map((x: number) => [x, x]);
    expectRefused(vectors, 'data.inputs', /each entry has 2 numbers but model\.inputSize is 1/);
    const two = base();
    two.model.inputSize = 2;
    two.model.hiddenSize = 1;
    expectRefused(two, 'data.inputs', /each entry has 1 number but model\.inputSize is 2: give a list of 2 numbers per step/);
    const generated = base();
    generated.model.inputSize = 2;
    generated.model.hiddenSize = 1;
    generated.data = { kind: 'sine', seed: 1 };
    expectRefused(generated, 'model.inputSize', /is 2 but the sine generator gives one number per step/);
  });

  it('refuses ridge, trajectory sampling and a study, which concern QRNNs', () => {
    const ridge = base();
    ridge.training.optimizer = { kind: 'ridge', learningRate: 0.1 };
    ridge.frozen = qlstmParamNames(ridge.model);
    expectRefused(ridge, 'training.optimizer.kind', /'ridge' fits a QRNN's head/);
    const trajectory = base();
    trajectory.training.gradient.sampling = 'trajectory';
    expectRefused(trajectory, 'training.gradient.sampling', /separate executions/);
    const study = base();
    study.study = { variants: [{ name: 'a', set: {} }], seeds: [1] };
    expectRefused(study, 'study', /one run/);
  });

  it('is refused by the page\'s parser at model.kind, with the reason, and never reaches a QRNN path', () => {
    for (const result of [parseExperiment(base()), parseExperimentText(caseText(NAME))]) {
      expect(result).toEqual({ ok: false, errors: [{ path: 'model.kind', message: QLSTM_ELSEWHERE }] });
    }
    expect(QLSTM_ELSEWHERE).toMatch(/takes a QRNN experiment.*variant of a QRNN file/);
  });

  it('keeps a file without kind a QRNN: the QRNN reference files still parse as before', () => {
    const result = parseExperiment(JSON.parse(caseText('shared-gate-every-step')));
    expect(result.ok).toBe(true);
  });
});

describe('serializing a QLSTM file', () => {
  const parsed = () => {
    const r = parseAnyExperiment(caseJson(NAME));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.experiment;
  };

  it('round-trips: parse, serialize, parse gives the same experiment and the same text', () => {
    const first = parsed();
    const text = serializeExperiment(first);
    const again = parseAnyExperiment(JSON.parse(text));
    expect(again.ok && again.experiment).toEqual(first);
    if (again.ok) expect(serializeExperiment(again.experiment)).toBe(text);
  });

  it('writes the model as kind, inputSize, hiddenSize, layers, head, then extra fields sorted', () => {
    const file = base();
    file.model.note = 'kept';
    const r = parseAnyExperiment(file);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(Object.keys((canonicalObject(r.experiment) as File).model)).toEqual(['kind', 'inputSize', 'hiddenSize', 'layers', 'head', 'note']);
    expect(Object.keys((canonicalObject(r.experiment) as File).params).slice(0, 2)).toEqual(['f.0.0.alpha', 'f.0.0.beta']);
  });
});
