/**
 * Tests of slot hit-testing on the sine preset's geometry with one append slot.
 */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/types';
import { diagramGeometry, ROW } from './geometry';
import { layoutCell } from './layout';
import { gateKicker, slotAt, slotCentre, slotName, slotReadout, wireAt } from './slots';

const model: Model = {
  recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 2,
  cell: [{ gate: 'H', wires: [0] }, { gate: 'CNOT', wires: [0, 1] }],
  readout: [{ observable: 'Z', wire: 0 }], head: { weights: [1], bias: 0 },
};
const geometry = diagramGeometry(model, layoutCell(model.cell), 1);

describe('slotAt(geometry, x, y)', () => {
  it('gives the append slot a column of its own after the last gate', () => {
    expect(geometry.columnX).toHaveLength(3);
    const { x, y } = slotCentre(geometry, { wire: 2, column: 2 });
    expect(slotAt(geometry, x, y)).toEqual({ wire: 2, column: 2 });
  });

  it('snaps to the nearest wire and column, and misses far from the wires', () => {
    const { x, y } = slotCentre(geometry, { wire: 1, column: 1 });
    expect(slotAt(geometry, x + 6, y - ROW / 3)).toEqual({ wire: 1, column: 1 });
    expect(slotAt(geometry, x, geometry.wireY[0] - ROW)).toBeNull();
    expect(slotAt(geometry, geometry.width + 40, y)).toBeNull();
  });

  it('wireAt(geometry, y) always names a wire, for stretching', () => {
    expect(wireAt(geometry, -500)).toBe(0);
    expect(wireAt(geometry, 5000)).toBe(2);
  });

  it('slotName counts slots from 1', () => {
    expect(slotName({ wire: 1, column: 2 }, (w) => ['d0', 'h0', 'h1'][w])).toBe('wire h0, slot 3');
  });
});

describe('slotReadout and gateKicker', () => {
  const names = (w: number) => ['d0', 'h0', 'h1'][w];
  it('number the gate and its slot as the inspector does, both from 1', () => {
    expect(slotReadout({ wire: 2, column: 0 }, names, { index: 2, description: 'RY(b) on h1' })).toBe('wire h1, slot 1: gate 3, RY(b) on h1');
    expect(gateKicker(2, 0)).toBe('Gate 3, slot 1');
    expect(slotReadout({ wire: 0, column: 4 }, names, null)).toBe('wire d0, slot 5, empty');
  });
});
