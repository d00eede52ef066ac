/**
 * The limits of docs/spec.md §2 ("Limits"): files the parser used to accept and the engines
 * then failed on, each refused naming the field.
 */
import { describe, expect, it } from 'vitest';
import { parseExperiment, parseExperimentText } from './parse';
import { LIMITS, type FieldError } from './types';
import { caseJson } from '../testing/cases';

type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(file: unknown): FieldError[] {
  const r = parseExperiment(file);
  return r.ok ? [] : r.errors;
}

const paths = (file: unknown) => errorsOf(file).map((e) => e.path);

describe('the gate limit (model.cell)', () => {
  const file = (): File => caseJson('one-qubit-one-parameter');

  it(`accepts ${LIMITS.gates} gates and refuses ${LIMITS.gates + 1}, and the 5,000-gate cell of a short link, naming model.cell`, () => {
    const f = file();
    const gate = f.model.cell[0];
    f.model.cell = Array.from({ length: LIMITS.gates }, () => gate);
    expect(errorsOf(f)).toEqual([]);
    f.model.cell.push(gate);
    expect(errorsOf(f)).toEqual([{ path: 'model.cell', message: `has 301 gates but a cell may hold at most ${LIMITS.gates} (the page draws every gate of every step)` }]);
    f.model.cell = Array.from({ length: 5000 }, () => ({ gate: 'H', wires: [0] }));
    const started = performance.now();
    expect(paths(f)).toEqual(['model.cell']);
    expect(performance.now() - started).toBeLessThan(5000); // a guard against a hang, not a performance figure
  });
});

describe('input components the data does not have', () => {
  it('refuses "input": 1 on the sine generator (the issue\'s all-null outputs), naming the angle', () => {
    const f: File = caseJson('one-qubit-one-parameter');
    f.model.cell[0].angle = { input: 1 };
    f.params = {};
    f.model.head = { weights: [1], bias: 0 };
    f.data = { kind: 'sine' };
    expect(errorsOf(f)).toEqual([{ path: 'model.cell[0].angle.input', message: 'input component 1 is out of range: the sine generator gives one number per step (component 0)' }]);
    for (const kind of ['sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv']) expect(paths({ ...f, data: { kind } })).toEqual(['model.cell[0].angle.input']);
  });
});

describe('optimizer ridge with trainable circuit parameters', () => {
  it('is refused naming training.optimizer.kind; frozen circuit parameters are accepted', () => {
    const f: File = caseJson('controlled-rotations-and-head');
    f.training = { optimizer: { kind: 'ridge', learningRate: 1 } };
    const errors = errorsOf(f);
    expect(errors.map((e) => e.path)).toEqual(['training.optimizer.kind']);
    expect(errors[0].message).toMatch(/^'ridge' fits only the head, but the circuit parameters 'w', 'a', 'b', 'c', 'd' are not frozen/);
    f.frozen = ['w', 'a', 'b', 'c', 'd'];
    expect(errorsOf(f)).toEqual([]);
  });
});

describe('shots', () => {
  it(`are capped at ${LIMITS.shots} (2^53 - 1 made SPSA run for minutes)`, () => {
    const f: File = caseJson('one-qubit-one-parameter');
    f.training = { gradient: { method: 'spsa', shots: 2 ** 53 - 1 } };
    expect(paths(f)).toEqual(['training.gradient.shots']);
    f.training.gradient.shots = LIMITS.shots;
    expect(errorsOf(f)).toEqual([]);
  });
});

describe('a washout not shorter than the sequence', () => {
  it('is refused against inline data and a generator\'s window, naming loss.washout', () => {
    const f: File = caseJson('shared-gate-every-step');
    f.loss = { kind: 'mse', washout: 4 };
    expect(errorsOf(f)).toEqual([{ path: 'loss.washout', message: 'is 4 but every sequence has 4 steps (data.inputs): the washout must be shorter than the sequence, or no step is scored' }]);
    f.loss.washout = 3;
    expect(errorsOf(f)).toEqual([]);
    f.data = { kind: 'sine', window: 3 };
    expect(paths(f)).toEqual(['loss.washout']);
    f.data.window = 12;
    expect(errorsOf(f)).toEqual([]);
  });
});

describe('magnitudes that make results meaningless', () => {
  const base = (): File => caseJson('controlled-rotations-and-head');
  const bad: [string, (f: File) => void, string][] = [
    ['a fixed angle of 1e21', (f) => { f.model.cell[8].angle = 1e21; }, 'model.cell[8].angle'],
    ['a factor of 1e7', (f) => { f.model.cell[5].angle.factor = 1e7; }, 'model.cell[5].angle.factor'],
    ['an offset of -1e9', (f) => { f.model.cell[5].angle.offset = -1e9; }, 'model.cell[5].angle.offset'],
    ['a head bias of 1e308', (f) => { f.model.head.bias = 1e308; }, 'model.head.bias'],
    ['a head weight of -2e6', (f) => { f.model.head.weights[0] = -2e6; }, 'model.head.weights[0]'],
    ['a parameter value of 1e21', (f) => { f.params.a = 1e21; }, 'params.a'],
  ];
  for (const [what, change, path] of bad) {
    it(`refuses ${what}, naming ${path}`, () => {
      const f = base();
      change(f);
      expect(paths(f)).toEqual([path]);
    });
  }

  it(`accepts every one of them at ±${LIMITS.magnitude}`, () => {
    const f = base();
    f.model.cell[8].angle = -LIMITS.magnitude;
    Object.assign(f.model.cell[5].angle, { factor: LIMITS.magnitude, offset: -LIMITS.magnitude });
    f.model.head.weights[0] = LIMITS.magnitude;
    f.params.a = -LIMITS.magnitude;
    expect(errorsOf(f)).toEqual([]);
  });
});

describe('the finite-difference step training.gradient.h', () => {
  it(`is refused below ${LIMITS.minStep} (1e-300 gave an all-zero gradient), and at 0 or below`, () => {
    const f: File = caseJson('one-qubit-one-parameter');
    for (const h of [1e-300, 0, -1e-3, 'x']) {
      f.training = { gradient: { method: 'finite-difference', shots: null, h } };
      expect(paths(f)).toEqual(['training.gradient.h']);
    }
    f.training.gradient.h = 1e-4;
    const r = parseExperiment(f);
    expect(r.ok && r.experiment.training.gradient.h).toBe(1e-4);
  });
});

describe('an over-long inline sequence', () => {
  it(`is refused naming data.inputs and the limit of ${LIMITS.steps.toLocaleString('en-US')} steps`, () => {
    const f: File = caseJson('one-qubit-one-parameter');
    const n = LIMITS.steps + 1;
    f.data = { kind: 'inline', inputs: new Array(n).fill(0), targets: new Array(n).fill(0) };
    const errors = errorsOf(f);
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('data.inputs');
    expect(errors[0].message).toMatch(/^has 100,001 steps but an inline sequence may have at most 100,000/);
    expect(parseExperimentText(JSON.stringify(f)).ok).toBe(false);
  });
});
