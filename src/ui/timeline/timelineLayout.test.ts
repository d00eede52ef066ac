/**
 * The timeline's layout as a pure function of the model, the steps and the zoom: one column
 * group per step, the cell's columns inside it, a measure-and-reset marker only where the
 * recurrence has one, and widths that scale with the zoom.
 */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/types';
import { COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEIGHT, stepLeft, timelineLayout } from './timelineLayout';

const model: Model = {
  recurrence: 'measure-reset',
  dataQubits: 1,
  hiddenQubits: 2,
  cell: [
    { gate: 'RY', wires: [0], angle: { input: true } },
    { gate: 'RY', wires: [1], angle: { param: 'a' } },
    { gate: 'CNOT', wires: [0, 1] },
    { gate: 'RY', wires: [2], angle: { param: 'a' } },
  ],
  readout: [{ observable: 'Z', wire: 0 }],
  head: { weights: [1], bias: 0 },
  noise: { p1: 0, p2: 0, gamma: 0, q: 0 },
};

describe('timelineLayout(model, steps, zoom)', () => {
  it('gives every step the same width and starts step t at t times it', () => {
    const layout = timelineLayout(model, 12);
    expect(layout.steps).toBe(12);
    expect(layout.width).toBe(12 * layout.stepWidth);
    expect(stepLeft(layout, 3)).toBe(3 * layout.stepWidth);
  });

  it('places the gates in the editor\'s columns: two columns, CNOT after both RY on d0 and h0', () => {
    const layout = timelineLayout(model, 1);
    const offsets = layout.gates.map((g) => g.offset);
    expect(offsets[0]).toBe(offsets[1]);
    expect(offsets[3]).toBe(offsets[0]);
    expect(offsets[2] - offsets[0]).toBe(COLUMN_WIDTH);
    expect(layout.gates[2]).toMatchObject({ top: 0, bottom: 1 });
  });

  it('puts the wires one row apart below the header', () => {
    const layout = timelineLayout(model, 2);
    expect(layout.wireY).toEqual([0, 1, 2].map((w) => HEADER_HEIGHT + ROW_HEIGHT / 2 + w * ROW_HEIGHT));
    expect(layout.height).toBeGreaterThan(layout.wireY[2]);
  });

  it('closes each step with a marker after the gates for measure-reset, and has none for coherent', () => {
    const reset = timelineLayout(model, 2);
    const lastGate = Math.max(...reset.gates.map((g) => g.offset));
    expect(reset.markerOffset).toBeGreaterThan(lastGate);
    expect(reset.markerOffset).toBeLessThan(reset.stepWidth);
    const coherent = timelineLayout({ ...model, recurrence: 'coherent' }, 2);
    expect(coherent.markerOffset).toBeNull();
    expect(coherent.stepWidth).toBeLessThan(reset.stepWidth);
  });

  it('scales the columns with the zoom', () => {
    const wide = timelineLayout(model, 4, 2);
    expect(wide.columnWidth).toBe(2 * COLUMN_WIDTH);
    expect(wide.width).toBeGreaterThan(timelineLayout(model, 4, 1).width);
  });

  it('keeps one column for an empty cell and no width for no steps', () => {
    const empty = timelineLayout({ ...model, cell: [] }, 0);
    expect(empty.gates).toEqual([]);
    expect(empty.width).toBe(0);
    expect(empty.stepWidth).toBeGreaterThan(COLUMN_WIDTH);
  });
});
