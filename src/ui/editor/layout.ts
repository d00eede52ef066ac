/**
 * Greedy column layering of a cell for drawing: each gate goes in the first column after the
 * last gate that touches any of its wires or any wire between them, so a two-wire gate's
 * connector never crosses another gate. Pure: no DOM, no React; the diagram turns columns
 * into coordinates.
 */
import type { GateSpec } from '../../model/types';

/** One gate of the cell with the column it is drawn in. */
export interface PlacedGate {
  /** Index in `model.cell` (the gate's identity in the SPEC's occurrences). */
  index: number;
  gate: GateSpec;
  column: number;
  /** Lowest and highest wire the gate spans (equal for a one-wire gate). */
  top: number;
  bottom: number;
}

export interface CellLayout {
  gates: PlacedGate[];
  /** Number of columns used (0 for an empty cell). */
  columns: number;
}

/** Places the gates of `cell` in columns, in cell order. */
export function layoutCell(cell: readonly GateSpec[]): CellLayout {
  const lastColumn = new Map<number, number>();
  const gates: PlacedGate[] = [];
  let columns = 0;
  cell.forEach((gate, index) => {
    const top = Math.min(...gate.wires);
    const bottom = Math.max(...gate.wires);
    let column = 0;
    for (let w = top; w <= bottom; w++) column = Math.max(column, (lastColumn.get(w) ?? -1) + 1);
    for (let w = top; w <= bottom; w++) lastColumn.set(w, column);
    gates.push({ index, gate, column, top, bottom });
    columns = Math.max(columns, column + 1);
  });
  return { gates, columns };
}
