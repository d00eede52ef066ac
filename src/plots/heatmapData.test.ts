/**
 * Reading contribution tables: one parameter's occurrences in step order, the lookup grid by
 * (gate, step), and the heat map's per-step sums of a parameter bound by two gates.
 */
import { describe, expect, it } from 'vitest';
import type { ContributionTable } from '../worker/protocol';
import type { GateSpec } from '../model/types';
import { contributionGrid, gridIndex, heatmapRows, keepRows, occurrenceSlot, occurrencesOf } from './heatmapData';

/** Two steps of a cell whose gates 1 and 3 bind `a` and gate 2 binds `b`, listed out of order. */
const table: ContributionTable = {
  names: ['a', 'b'],
  param: Uint16Array.from([0, 1, 0, 0, 1, 0]),
  gate: Uint16Array.from([1, 2, 3, 1, 2, 3]),
  step: Uint32Array.from([1, 1, 1, 0, 0, 0]),
  contribution: Float64Array.from([0.1, 0.2, -0.3, 0.4, -0.5, 0.6]),
};

describe('occurrencesOf(table, param)', () => {
  it('lists the parameter\'s occurrences by step, then in cell order', () => {
    expect(occurrencesOf(table, 'a')).toEqual([
      { gate: 1, step: 0, contribution: 0.4 },
      { gate: 3, step: 0, contribution: 0.6 },
      { gate: 1, step: 1, contribution: 0.1 },
      { gate: 3, step: 1, contribution: -0.3 },
    ]);
  });

  it('is empty for an unknown parameter, no parameter or no table', () => {
    expect(occurrencesOf(table, 's')).toEqual([]);
    expect(occurrencesOf(table, null)).toEqual([]);
    expect(occurrencesOf(null, 'a')).toEqual([]);
  });
});

describe('contributionGrid(table, cell, steps)', () => {
  const cell: GateSpec[] = [
    { gate: 'H', wires: [0] }, { gate: 'RY', wires: [0], angle: { param: 'a' } },
    { gate: 'RX', wires: [1], angle: { param: 'b' } }, { gate: 'RZ', wires: [1], angle: { param: 'a' } },
  ];

  it('puts each contribution at its (gate, step) in the slot of its parameter, NaN elsewhere', () => {
    const grid = contributionGrid(table, cell, 2);
    expect(grid[gridIndex(4, 1, 0, 0)]).toBe(0.4);
    expect(grid[gridIndex(4, 2, 1, 0)]).toBe(0.2);
    expect(grid[gridIndex(4, 0, 0, 0)]).toBeNaN();
    expect(grid).toHaveLength(16);
  });

  it('drops occurrences beyond the steps or gates asked for', () => {
    const grid = contributionGrid(table, cell.slice(0, 2), 1);
    expect(Array.from(grid)).toEqual([NaN, NaN, 0.4, NaN]);
  });

  it('keeps an angle\'s param and bias apart: two occurrences at one (gate, step) (docs/spec.md §5.1)', () => {
    const biased: GateSpec[] = [{ gate: 'RY', wires: [0], angle: { param: 'w', input: true, bias: 'b' } }];
    const both: ContributionTable = {
      names: ['w', 'b'], param: Uint16Array.from([0, 1]), gate: Uint16Array.from([0, 0]), step: Uint32Array.from([0, 0]), contribution: Float64Array.from([0.25, -0.5]),
    };
    const grid = contributionGrid(both, biased, 1);
    expect(grid[gridIndex(1, 0, 0, occurrenceSlot(biased[0], 'w') as 0 | 1)]).toBe(0.25);
    expect(grid[gridIndex(1, 0, 0, occurrenceSlot(biased[0], 'b') as 0 | 1)]).toBe(-0.5);
    expect(occurrenceSlot(biased[0], 'x')).toBeNull();
  });
});

describe('heatmapRows(table, steps)', () => {
  it('sums a parameter\'s contributions per step', () => {
    const rows = heatmapRows(table, 2);
    expect(rows.names).toEqual(['a', 'b']);
    expect(rows.values[0]).toBeCloseTo(1.0, 12);
    expect(rows.values[1]).toBeCloseTo(-0.2, 12);
    expect(Array.from(rows.values.slice(2))).toEqual([-0.5, 0.2]);
  });

  it('leaves NaN where a parameter has no occurrence at a step', () => {
    const rows = heatmapRows(table, 3);
    expect(rows.values[2]).toBeNaN();
    expect(heatmapRows(null, 3).values).toHaveLength(0);
  });

  it('keeps only the rows asked for, their values with them', () => {
    const rows = { names: ['f.0.0.alpha', 's0', 'f.0.0.beta'], steps: 2, values: Float64Array.from([1, 2, 3, 4, 5, 6]) };
    const kept = keepRows(rows, (name) => name.startsWith('f.'));
    expect(kept.names).toEqual(['f.0.0.alpha', 'f.0.0.beta']);
    expect([...kept.values]).toEqual([1, 2, 5, 6]);
  });
});
