/**
 * Tests of the cell diagram's pure helpers: greedy layering and the labels.
 */
import { describe, expect, it } from 'vitest';
import type { GateSpec } from '../../model/types';
import { layoutCell } from './layout';
import { angleLabel, formatAngleNumber, gateDescription, gateLabel, targetLabel, wireName } from '../../text/labels';

const g = (gate: GateSpec['gate'], wires: number[], angle?: GateSpec['angle']): GateSpec => (angle === undefined ? { gate, wires } : { gate, wires, angle });

describe('layoutCell(cell)', () => {
  it('puts independent one-wire gates in the same column', () => {
    const { gates, columns } = layoutCell([g('H', [0]), g('H', [1]), g('H', [2])]);
    expect(gates.map((p) => p.column)).toEqual([0, 0, 0]);
    expect(columns).toBe(1);
  });

  it('moves a gate after the last gate on any wire it spans, including wires between', () => {
    const cell = [g('H', [1]), g('CNOT', [0, 2]), g('X', [0]), g('X', [1])];
    expect(layoutCell(cell).gates.map((p) => p.column)).toEqual([0, 1, 2, 2]);
  });

  it('lays out the sine preset cell in six columns', () => {
    const cell = [g('RY', [0], { input: true, transform: 'arccos' }), g('RY', [1], { param: 'a' }), g('RY', [2], { param: 'b' }), g('CNOT', [0, 1]), g('CRY', [1, 2], { param: 'c' }), g('RXX', [0, 2], { param: 'j' }), g('RY', [0], { param: 'd' }), g('CNOT', [2, 0])];
    const { gates, columns } = layoutCell(cell);
    expect(gates.map((p) => p.column)).toEqual([0, 0, 0, 1, 2, 3, 4, 5]);
    expect(gates[7]).toMatchObject({ top: 0, bottom: 2 });
    expect(columns).toBe(6);
  });

  it('gives an empty cell no columns', () => {
    expect(layoutCell([])).toEqual({ gates: [], columns: 0 });
  });
});

describe('labels', () => {
  it('wireName(w, D) names data then hidden wires', () => {
    expect([0, 1, 2, 3].map((w) => wireName(w, 2))).toEqual(['d0', 'd1', 'h0', 'h1']);
  });

  it('formatAngleNumber(v) shows multiples of π and trims decimals', () => {
    expect(formatAngleNumber(Math.PI / 2)).toBe('π/2');
    expect(formatAngleNumber(-Math.PI)).toBe('−π');
    expect(formatAngleNumber((3 * Math.PI) / 4)).toBe('3π/4');
    expect(formatAngleNumber(0.25)).toBe('0.25');
    expect(formatAngleNumber(0)).toBe('0');
  });

  it('angleLabel(angle) writes parameters, inputs, transforms, factors and offsets', () => {
    expect(angleLabel({ param: 'a' })).toBe('a');
    expect(angleLabel({ input: true })).toBe('x');
    expect(angleLabel({ input: true, transform: 'arccos' })).toBe('acos x');
    expect(angleLabel({ param: 'w', input: true })).toBe('w·x');
    expect(angleLabel({ param: 'w', input: 1, transform: 'arctan' })).toBe('w·atan x₁');
    expect(angleLabel({ param: 'w', factor: 2, offset: -Math.PI / 2 })).toBe('2·w − π/2');
  });

  it('gateLabel, targetLabel and gateDescription name gates for the eye and the ear', () => {
    expect(gateLabel(g('RY', [1], { param: 'a' }))).toBe('RY(a)');
    expect(gateLabel(g('CNOT', [0, 1]))).toBe('CNOT');
    expect(targetLabel(g('CRZ', [1, 2], { param: 'w', input: true }))).toBe('RZ(w·x)');
    expect(gateDescription(g('RY', [1], { param: 'a' }), 1)).toBe('RY(a) on h0');
    expect(gateDescription(g('CNOT', [0, 1]), 1)).toBe('CNOT from d0 to h0');
    expect(gateDescription(g('RXX', [0, 2], { param: 'j' }), 1)).toBe('RXX(j) on d0 and h1');
  });
});
