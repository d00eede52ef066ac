import { describe, it, expect } from 'vitest';
import { parseExperiment } from './parse';
import { GATE_NAMES } from '../core/gates';
import type { FieldError, Head } from './types';
import { caseJson } from '../testing/cases';

function fixture(name: string): Record<string, unknown> {
  return caseJson(name);
}

/** The errors for a fixture with each dotted path (numbers index lists) set to a value, or removed for `undefined`. */
function errorsAfter(changes: Record<string, unknown>, name = 'controlled-rotations-and-head'): FieldError[] {
  const file = fixture(name);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const at = keys.reduce((o, k) => o[k] as Record<string, unknown>, file);
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  const result = parseExperiment(file);
  return result.ok ? [] : result.errors;
}

const GATE_LIST = GATE_NAMES.join(', ');

describe('parseExperiment: the register', () => {
  it('refuses an unknown recurrence, naming the two it knows', () => {
    expect(errorsAfter({ 'model.recurrence': 'loop' })).toEqual([{ path: 'model.recurrence', message: "must be one of 'measure-reset', 'coherent', got \"loop\"" }]);
  });

  it('refuses dataQubits 0 under measure-reset and says why', () => {
    expect(errorsAfter({ 'model.dataQubits': 0, 'model.cell': [], 'model.readout': [{ observable: 'Z', wire: 0 }], 'model.head.weights': [1] })).toContainEqual({
      path: 'model.dataQubits',
      message: "must be at least 1: with recurrence 'measure-reset' the data register is prepared and measured at every step",
    });
  });

  it('accepts dataQubits 0 under coherent recurrence when there is a hidden wire', () => {
    const changes = { 'model.recurrence': 'coherent', 'model.dataQubits': 0, 'model.hiddenQubits': 1, 'model.cell': [{ gate: 'RY', wires: [0], angle: { param: 'a' } }], 'model.readout': [{ observable: 'Z', wire: 0 }], 'model.head.weights': [1], params: { a: 1, bias: 0.1 } };
    expect(errorsAfter(changes)).toEqual([]);
  });

  it('refuses an empty coherent register', () => {
    const changes = { 'model.recurrence': 'coherent', 'model.dataQubits': 0, 'model.hiddenQubits': 0 };
    expect(errorsAfter(changes)).toContainEqual({ path: 'model', message: 'the register is empty: give it at least one wire (dataQubits + hiddenQubits >= 1)' });
  });

  it('refuses fractional or negative qubit counts', () => {
    expect(errorsAfter({ 'model.dataQubits': 1.5, 'model.hiddenQubits': -1 })).toEqual([
      { path: 'model.dataQubits', message: 'must be an integer of at least 0, got 1.5' },
      { path: 'model.hiddenQubits', message: 'must be an integer of at least 0, got -1' },
    ]);
  });

  it('refuses a register above MAX_QUBITS, naming the limit 12 and the field to lower', () => {
    const message = (d: number, h: number) => `the register has ${d + h} wires (${d} data + ${h} hidden) but QRNN Lab simulates at most 12: lower dataQubits + hiddenQubits to 12 or fewer`;
    expect(errorsAfter({ 'model.hiddenQubits': 11 })).toEqual([{ path: 'model.hiddenQubits', message: message(2, 11) }]);
    const coherent = { 'model.recurrence': 'coherent', 'model.dataQubits': 13, 'model.hiddenQubits': 0 };
    expect(errorsAfter(coherent)).toEqual([{ path: 'model.dataQubits', message: message(13, 0) }]);
  });
});

describe('parseExperiment: the cell', () => {
  it('refuses an unknown gate and lists the gates it knows', () => {
    expect(errorsAfter({ 'model.cell.6.gate': 'RQ' })).toEqual([{ path: 'model.cell[6].gate', message: `unknown gate 'RQ' (expected one of ${GATE_LIST})` }]);
  });

  it('refuses a missing or non-string gate name', () => {
    expect(errorsAfter({ 'model.cell.6.gate': undefined, 'model.cell.7.gate': 3 })).toEqual([
      { path: 'model.cell[6].gate', message: `is required: a gate name (expected one of ${GATE_LIST})` },
      { path: 'model.cell[7].gate', message: `must be a gate name (expected one of ${GATE_LIST}), got 3` },
    ]);
  });

  it('refuses a wire out of range, naming the register size', () => {
    expect(errorsAfter({ 'model.cell.7.wires': [2, 5] })).toEqual([{ path: 'model.cell[7].wires[1]', message: 'wire 5 is out of range: the register has 4 wires (0..3)' }]);
  });

  it('refuses a wire list of the wrong length for the gate', () => {
    expect(errorsAfter({ 'model.cell.7.wires': [2], 'model.cell.6.wires': [1, 2] })).toEqual([
      { path: 'model.cell[6].wires', message: 'H acts on 1 wire, so this list needs 1 index, got 2' },
      { path: 'model.cell[7].wires', message: 'CNOT acts on 2 wires, so this list needs 2 indices, got 1' },
    ]);
  });

  it('refuses fractional, negative and non-number wires, and a missing wire list', () => {
    expect(errorsAfter({ 'model.cell.0.wires': [0.5], 'model.cell.1.wires': [-1], 'model.cell.2.wires': ['0', 2], 'model.cell.3.wires': undefined })).toEqual([
      { path: 'model.cell[0].wires[0]', message: 'must be an integer of at least 0, got 0.5' },
      { path: 'model.cell[1].wires[0]', message: 'must be an integer of at least 0, got -1' },
      { path: 'model.cell[2].wires[0]', message: 'must be an integer of at least 0, got "0"' },
      { path: 'model.cell[3].wires', message: 'is required: a list of wire indices like [0] or [0, 1]' },
    ]);
  });

  it('refuses a two-wire gate on the same wire twice', () => {
    expect(errorsAfter({ 'model.cell.4.wires': [3, 3] })).toEqual([{ path: 'model.cell[4].wires', message: 'the two wires of RZZ must differ, both are 3' }]);
  });

  it('requires an angle on a parametrised gate and refuses one on a fixed gate', () => {
    expect(errorsAfter({ 'model.cell.8.angle': undefined, 'model.cell.6.angle': 0.3, params: { w: 1.3, a: 0.7, b: -1.1, c: 0.45, s0: 0.8, s1: -0.6, bias: 0.1 } })).toEqual([
      { path: 'model.cell[6].angle', message: 'H takes no angle: remove this field' },
      { path: 'model.cell[8].angle', message: 'is required: RX takes an angle (a number in radians or an object like {"param": "a"}, {"input": true} or {"bias": "b"})' },
    ]);
  });

  it('refuses a cell that is not a list, and a gate that is not an object', () => {
    expect(errorsAfter({ 'model.cell': { gate: 'H' } })[0]).toEqual({ path: 'model.cell', message: 'must be a list of gates like {"gate": "RY", "wires": [0], "angle": {"param": "a"}}, got an object' });
    expect(errorsAfter({ 'model.cell.6': 'H' })).toEqual([{ path: 'model.cell[6]', message: 'must be a gate like {"gate": "H", "wires": [0]}, got "H"' }]);
  });

  it('accepts an empty cell', () => {
    const changes = { 'model.cell': [], params: { s0: 0.8, s1: -0.6, bias: 0.1 } };
    expect(errorsAfter(changes)).toEqual([]);
  });
});

describe('parseExperiment: angles', () => {
  it('accepts a fixed angle and every expression field', () => {
    expect(errorsAfter({ 'model.cell.8.angle': 0.25, 'model.cell.2.angle': { param: 'a', input: 0, factor: 2, offset: -1, transform: 'arctan' }, params: { w: 1.3, a: 0.7, b: -1.1, c: 0.45, s0: 0.8, s1: -0.6, bias: 0.1 } })).toEqual([]);
  });

  it('refuses an angle with neither param nor input', () => {
    expect(errorsAfter({ 'model.cell.8.angle': { factor: 2 } })).toEqual([{ path: 'model.cell[8].angle', message: 'needs a "param", an "input" or a "bias" (write a fixed angle as a plain number)' }]);
  });

  it('refuses a non-finite fixed angle and an angle of the wrong kind', () => {
    expect(errorsAfter({ 'model.cell.8.angle': Number.NaN, 'model.cell.5.angle': 'pi' })).toEqual([
      { path: 'model.cell[5].angle', message: 'must be a number in radians or an object like {"param": "a"}, {"input": true} or {"bias": "b"}, got "pi"' },
      { path: 'model.cell[8].angle', message: 'must be a number from -1000000 to 1000000, got NaN' },
    ]);
  });

  it('refuses an empty param name, a bad input, factor, offset and transform', () => {
    expect(errorsAfter({ 'model.cell.8.angle': { param: '', input: false, factor: 'x', offset: null, transform: 'sin' } })).toEqual([
      { path: 'model.cell[8].angle.param', message: 'must be a non-empty string, got ""' },
      { path: 'model.cell[8].angle.input', message: 'must be true or an input component index (an integer of at least 0), got false' },
      { path: 'model.cell[8].angle.factor', message: 'must be a number from -1000000 to 1000000, got "x"' },
      { path: 'model.cell[8].angle.offset', message: 'must be a number from -1000000 to 1000000, got null' },
      { path: 'model.cell[8].angle.transform', message: "must be one of 'linear', 'arccos', 'arctan', got \"sin\"" },
    ]);
  });
});

describe('parseExperiment: readout and head', () => {
  it('refuses a readout on a hidden wire under measure-reset, and says it must be a data wire', () => {
    expect(errorsAfter({ 'model.readout.1.wire': 2 })).toEqual([
      { path: 'model.readout[1].wire', message: "wire 2 is a hidden wire: with recurrence 'measure-reset' a readout must sit on a data wire (wires 0..1)" },
    ]);
  });

  it('accepts a readout on a hidden wire under coherent recurrence', () => {
    expect(errorsAfter({ 'model.recurrence': 'coherent', 'model.readout.1.wire': 3 })).toEqual([]);
  });

  it('refuses an unknown observable and an empty readout list', () => {
    expect(errorsAfter({ 'model.readout.0.observable': 'W' })).toEqual([{ path: 'model.readout[0].observable', message: "must be one of 'X', 'Y', 'Z', 'probabilities', got \"W\"" }]);
    expect(errorsAfter({ 'model.readout': [] })).toEqual([{ path: 'model.readout', message: 'must be a non-empty list of readouts like {"observable": "Z", "wire": 0}, got an empty list' }]);
  });

  it('refuses a head without one weight per readout', () => {
    expect(errorsAfter({ 'model.head.weights': ['s0'], params: { w: 1.3, a: 0.7, b: -1.1, c: 0.45, d: 2, s0: 0.8, bias: 0.1 } })).toEqual([
      { path: 'model.head.weights', message: 'has 1 weight but model.readout gives 2 features (one per Pauli readout, 2^k per probabilities readout of k wires): give one weight per feature' },
    ]);
  });

  it('refuses a weight or bias that is neither a parameter name nor a finite number', () => {
    expect(errorsAfter({ 'model.head.weights': [null, 's1'], 'model.head.bias': undefined })).toEqual([
      { path: 'model.head.weights[0]', message: 'must be a parameter name or a number from -1000000 to 1000000, got null' },
      { path: 'model.head.bias', message: 'is required: a parameter name or a number from -1000000 to 1000000' },
    ]);
  });
});

describe('parseExperiment: noise', () => {
  it('leaves an absent noise block absent', () => {
    const result = parseExperiment(fixture('controlled-rotations-and-head'));
    expect(result.ok && 'noise' in result.experiment.model).toBe(false);
  });

  it('fills absent noise fields with 0', () => {
    const file = fixture('controlled-rotations-and-head');
    (file.model as Record<string, unknown>).noise = { p2: 0.01 };
    const result = parseExperiment(file);
    expect(result.ok && result.experiment.model.noise).toEqual({ p1: 0, p2: 0.01, gamma: 0, q: 0 });
  });

  it('refuses probabilities outside [0, 1] and a readout error above 0.5', () => {
    expect(errorsAfter({ 'model.noise': { p1: -0.1, p2: 2, gamma: '0', q: 0.7 } })).toEqual([
      { path: 'model.noise.p1', message: 'must be a number from 0 to 1, got -0.1' },
      { path: 'model.noise.p2', message: 'must be a number from 0 to 1, got 2' },
      { path: 'model.noise.gamma', message: 'must be a number from 0 to 1, got "0"' },
      { path: 'model.noise.q', message: 'must be a number from 0 to 0.5, got 0.7' },
    ]);
  });
});

describe('parseExperiment: the model block', () => {
  it('refuses a missing model, naming the fields it needs', () => {
    expect(errorsAfter({ model: undefined })).toEqual([{ path: 'model', message: 'is required: an object with recurrence, dataQubits, hiddenQubits, cell, readout and head' }]);
  });

  it('keeps unknown fields of the model, its gates, angles, readouts, head and noise', () => {
    const file = fixture('controlled-rotations-and-head');
    const model = file.model as Record<string, Record<string, Record<string, unknown>>>;
    Object.assign(model, { layout: { columns: [1, 2] }, noise: { p1: 0, note: 'ideal' } });
    Object.assign(model.cell[0], { color: 'red' });
    Object.assign(model.cell[1].angle as object, { label: 'scale' });
    Object.assign(model.readout[0], { name: 'e0' });
    Object.assign(model.head, { activation: null });
    const result = parseExperiment(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const m = result.experiment.model;
    expect(m.layout).toEqual({ columns: [1, 2] });
    expect(m.noise?.note).toBe('ideal');
    expect(m.cell[0].color).toBe('red');
    expect(m.cell[1].angle).toEqual({ param: 'w', input: true, label: 'scale' });
    expect(m.readout[0].name).toBe('e0');
    expect((m.head as Head).activation).toBeNull();
  });
});
