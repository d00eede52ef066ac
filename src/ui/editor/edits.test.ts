/**
 * Tests of the editor's pure operations on the sine preset (1 data + 2 hidden, 8 gates):
 * placement by slot column, moves, deletes, wires, angles and shared parameters, gate
 * kinds, and the register edits with their wire renumbering. Every accepted result is also
 * run through `parseExperiment`, as the store does on commit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperimentText, parseExperiment } from '../../model/parse';
import type { Experiment, GateSpec, Head } from '../../model/types';
import { clearCell, deleteGate, insertGate, moveGate, setAngle, setGateKind, setQubits, setRecurrence, setWires, type EditResult } from './edits';
import { layoutCell } from './layout';
import { gateFor, INPUT_ITEM, PALETTE_ITEMS } from './paletteItems';

const text = readFileSync(new URL('../../../public/experiments/sine.json', import.meta.url), 'utf8');
const parsed = parseExperimentText(text);
if (!parsed.ok) throw new Error('sine.json must parse');
const sine: Experiment = parsed.experiment;

/** The accepted experiment of `result`, checked valid by the parser. */
function accepted(result: EditResult): Experiment {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  const check = parseExperiment(result.experiment);
  if (!check.ok) throw new Error(`invalid: ${JSON.stringify(check.errors)}`);
  return result.experiment;
}

const names = (e: Experiment) => e.model.cell.map((g) => `${g.gate}${g.wires.join('')}`);
const columns = (e: Experiment) => layoutCell(e.model.cell).gates.map((p) => p.column);
const h = (wire: number): GateSpec => ({ gate: 'H', wires: [wire] });

describe('insertGate(experiment, gate, column)', () => {
  it('puts the gate after every gate drawn left of the column and before the rest', () => {
    const result = insertGate(sine, h(1), 2);
    const e = accepted(result);
    expect(names(e)).toEqual(['RY0', 'RY1', 'RY2', 'CNOT01', 'H1', 'CRY12', 'RXX02', 'RY0', 'CNOT20']);
    expect(result.ok && result.focus).toBe(4);
    expect(columns(e)[4]).toBe(2);
    expect(sine.model.cell).toHaveLength(8);
  });

  it('appends in the slot after the last column, and packs left on a free wire', () => {
    const e = accepted(insertGate(sine, h(0), 6));
    expect(names(e).at(-1)).toBe('H0');
    const empty = accepted(clearCell(sine));
    const one = accepted(insertGate(empty, h(2), 4));
    expect(columns(one)).toEqual([0]);
  });

  it('reorders gates on disjoint wires only, so a cell out of column order keeps its meaning', () => {
    const cell: GateSpec[] = [h(0), { gate: 'X', wires: [0] }, h(1)];
    const base = { ...sine, model: { ...sine.model, cell } };
    const e = accepted(insertGate(base, { gate: 'Z', wires: [1] }, 1));
    expect(names(e)).toEqual(['H0', 'H1', 'Z1', 'X0']);
    expect(columns(e)).toEqual([0, 0, 1, 1]);
  });

  it('creates a new parameter at 0.1 for a rotation from the palette', () => {
    const gate = gateFor(PALETTE_ITEMS.get('RZ')!, sine, 1);
    expect(gate).toEqual({ gate: 'RZ', wires: [1], angle: { param: 'theta_1' } });
    const e = accepted(insertGate(sine, gate as GateSpec, 0));
    expect(e.params.theta_1).toBe(0.1);
  });
});

describe('gateFor(item, experiment, wire)', () => {
  it('makes the input encoding RY(arccos x_t) and gives a two-wire gate the next wire, or the one before on the last', () => {
    expect(gateFor(INPUT_ITEM, sine, 0)).toEqual({ gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } });
    expect(gateFor(PALETTE_ITEMS.get('CNOT')!, sine, 0)).toEqual({ gate: 'CNOT', wires: [0, 1] });
    expect(gateFor(PALETTE_ITEMS.get('CRY')!, sine, 2)).toEqual({ gate: 'CRY', wires: [2, 1], angle: { param: 'theta_1' } });
  });

  it('refuses a two-wire gate on a one-wire register', () => {
    const single = accepted(setQubits(accepted(clearCell(sine)), 1, 0));
    expect(gateFor(PALETTE_ITEMS.get('SWAP')!, single, 0)).toMatch(/acts on two wires and the register has one/);
  });
});

describe('moveGate(experiment, index, column, wires?)', () => {
  it('moves a gate later on its wire: before the gate drawn in the target column', () => {
    const e = accepted(moveGate(sine, 1, 3));
    expect(names(e)).toEqual(['RY0', 'RY2', 'CNOT01', 'CRY12', 'RY1', 'RXX02', 'RY0', 'CNOT20']);
  });

  it('moves a gate to other wires and selects it', () => {
    const result = moveGate(sine, 6, 0, [2]);
    const e = accepted(result);
    expect(result.ok && e.model.cell[result.focus ?? -1]).toEqual({ gate: 'RY', wires: [2], angle: { param: 'd' } });
    expect(columns(e)[result.ok ? (result.focus ?? -1) : -1]).toBe(0);
  });

  it('leaves a gate dropped in its own column where it was', () => {
    expect(names(accepted(moveGate(sine, 3, 1)))).toEqual(names(sine));
  });
});

describe('deleteGate(experiment, index)', () => {
  it('removes the gate and a parameter only it used, from params and frozen', () => {
    const frozen = { ...sine, frozen: ['c'] };
    const e = accepted(deleteGate(frozen, 4));
    expect(names(e)).not.toContain('CRY12');
    expect(e.params).not.toHaveProperty('c');
    expect(e.frozen).toEqual([]);
  });

  it('keeps a parameter another gate still shares, and one that was unused before', () => {
    const shared = accepted(setAngle(sine, 2, { param: 'a' }));
    const extra = { ...shared, params: { ...shared.params, spare: 3 } };
    const e = accepted(deleteGate(extra, 1));
    expect(e.params.a).toBe(0.4);
    expect(e.params.spare).toBe(3);
  });

  it('refuses a gate that is not there', () => {
    expect(deleteGate(sine, 8)).toEqual({ ok: false, message: 'There is no gate 9 in the cell.' });
  });
});

describe('setWires and setAngle', () => {
  it('setWires(experiment, index, wires) keeps the gate in its place in the order', () => {
    const e = accepted(setWires(sine, 3, [0, 2]));
    expect(e.model.cell[3]).toEqual({ gate: 'CNOT', wires: [0, 2] });
  });

  it('setWires to one wire twice is for the parser to refuse', () => {
    const result = setWires(sine, 3, [1, 1]);
    expect(result.ok && parseExperiment(result.experiment).ok).toBe(false);
  });

  it('setAngle binds an existing name (shared) or creates a new one at 0.1, and drops the old one when unused', () => {
    const shared = accepted(setAngle(sine, 2, { param: 'a' }));
    expect(shared.params).not.toHaveProperty('b');
    const fresh = accepted(setAngle(sine, 2, { param: 'w', input: true, transform: 'arctan', factor: 2, offset: 0.5 }));
    expect(fresh.params.w).toBe(0.1);
    const fixed = accepted(setAngle(sine, 2, 0.25));
    expect(fixed.model.cell[2].angle).toBe(0.25);
  });

  it('setAngle refuses a fixed gate', () => {
    expect(setAngle(sine, 3, 1)).toEqual({ ok: false, message: 'CNOT takes no angle.' });
  });
});

describe('setGateKind(experiment, index, kind)', () => {
  it('gives a one-wire gate made two-wire the next wire, and keeps its angle', () => {
    const e = accepted(setGateKind(sine, 1, 'CRY'));
    expect(e.model.cell[1]).toEqual({ gate: 'CRY', wires: [1, 2], angle: { param: 'a' } });
  });

  it('drops the angle (and its unused parameter) of a gate made fixed, and creates one for a gate made parametrised', () => {
    const fixed = accepted(setGateKind(sine, 4, 'CZ'));
    expect(fixed.model.cell[4]).toEqual({ gate: 'CZ', wires: [1, 2] });
    expect(fixed.params).not.toHaveProperty('c');
    const rotated = accepted(setGateKind(sine, 3, 'RX'));
    expect(rotated.model.cell[3]).toEqual({ gate: 'RX', wires: [0], angle: { param: 'theta_1' } });
  });
});

describe('setQubits(experiment, data, hidden)', () => {
  it('adding a data qubit renumbers the hidden wires of gates', () => {
    const e = accepted(setQubits(sine, 2, 2));
    expect(names(e)).toEqual(['RY0', 'RY2', 'RY3', 'CNOT02', 'CRY23', 'RXX03', 'RY0', 'CNOT30']);
    expect(e.model.readout).toEqual([{ observable: 'Z', wire: 0 }]);
  });

  it('removing a hidden qubit deletes the gates on it and their unused parameters, and says so', () => {
    const result = setQubits(sine, 1, 1);
    const e = accepted(result);
    expect(names(e)).toEqual(['RY0', 'RY1', 'CNOT01', 'RY0']);
    expect(Object.keys(e.params)).toEqual(['a', 'd', 's', 'bias']);
    expect(result.ok && result.note).toBe('Removed 4 gates on the removed wire (Undo brings them back).');
  });

  it('moves readouts with their wires, and refuses to remove the only readout', () => {
    const coherent = accepted(setRecurrence(sine, 'coherent'));
    const withHidden = { ...coherent, model: { ...coherent.model, readout: [{ observable: 'Z' as const, wire: 0 }, { observable: 'X' as const, wire: 2 }], head: { weights: ['s', 1], bias: 'bias' } } };
    const e = accepted(setQubits(withHidden, 2, 2));
    expect(e.model.readout.map((r) => r.wire)).toEqual([0, 3]);
    const dropped = accepted(setQubits(withHidden, 1, 1));
    expect(dropped.model.readout).toEqual([{ observable: 'Z', wire: 0 }]);
    expect((dropped.model.head as Head).weights).toEqual(['s']);
    expect(setQubits(coherent, 0, 2)).toEqual({ ok: false, message: "That would remove the model's only readout (⟨Z⟩ on d0): add a readout on another wire first." });
  });

  it('refuses a thirteenth qubit with the memory it would need', () => {
    const result = setQubits(sine, 1, 12);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^QRNN Lab simulates at most 12 qubits: a density matrix of 13 qubits .* 1 GiB/);
    expect(setQubits(sine, 1, 11).ok).toBe(true);
  });
});

describe('setRecurrence and clearCell', () => {
  it('setRecurrence switches the recurrence only', () => {
    const e = accepted(setRecurrence(sine, 'coherent'));
    expect(e.model.recurrence).toBe('coherent');
    expect(e.model.cell).toBe(sine.model.cell);
  });

  it('clearCell empties the cell and keeps the head parameters', () => {
    const e = accepted(clearCell(sine));
    expect(e.model.cell).toEqual([]);
    expect(Object.keys(e.params)).toEqual(['s', 'bias']);
  });
});
