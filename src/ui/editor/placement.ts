/**
 * Where a gate dropped in a slot column goes in the cell's order. The diagram draws the
 * cell in greedy columns (`layout.ts`); dropping a gate in column `c` puts it after every
 * gate drawn left of `c` and before every gate drawn in `c` or right of it, each group kept
 * in cell order. Gates that share a wire are always in increasing column order, so this
 * never reorders two gates that do not commute; it only reorders gates on disjoint wires,
 * and only when the cell was not already in column order. The gate then lands in column `c`,
 * or further left when its wires are free there (the layout packs gates to the left).
 */
import type { GateSpec } from '../../model/types';
import { layoutCell } from './layout';

/** A cell with one gate placed, and that gate's index in it. */
export interface Placement {
  cell: GateSpec[];
  index: number;
}

/**
 * Places `gate` in slot column `column` of `cell`. `skip` is the index of a gate to leave
 * out (the gate being moved); columns are read from the layout of `cell` as it is.
 */
export function placeInColumn(cell: readonly GateSpec[], gate: GateSpec, column: number, skip?: number): Placement {
  const { gates } = layoutCell(cell);
  const before: GateSpec[] = [];
  const after: GateSpec[] = [];
  for (const placed of gates) {
    if (placed.index === skip) continue;
    (placed.column < column ? before : after).push(placed.gate);
  }
  return { cell: [...before, gate, ...after], index: before.length };
}

/** The column the slot cursor should move to after a gate was placed: the one right of it. */
export function columnAfter(cell: readonly GateSpec[], index: number): number {
  const placed = layoutCell(cell).gates[index];
  return placed ? placed.column + 1 : 0;
}
