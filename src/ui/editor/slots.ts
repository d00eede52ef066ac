/**
 * Hit-testing of wire slots, in the diagram's own coordinates: which wire and slot column a
 * point is over, and where a slot is drawn. Pure, so the drag controller, the click handler
 * and the tests agree on one rule: the nearest wire within half a row, the nearest slot
 * column between the wire names and the end of the gate area.
 */
import { ROW, type DiagramGeometry } from './geometry';
import type { Slot } from './editorStore';

/** How far past the gate area (in diagram units) a point still counts as over a slot. */
const SLOP = 24;

/** The slot under the point `(x, y)` of the diagram, or `null` when it is over none. */
export function slotAt(geometry: DiagramGeometry, x: number, y: number): Slot | null {
  const { columnX, wireY } = geometry;
  if (columnX.length === 0 || wireY.length === 0) return null;
  if (x < geometry.wiresStart - SLOP || x > geometry.gatesEnd + SLOP) return null;
  const wire = nearest(wireY, y);
  if (Math.abs(wireY[wire] - y) > ROW / 2 + 2) return null;
  return { wire, column: nearest(columnX, x) };
}

/** The wire nearest to `y`, within the register (for stretching a gate's second end). */
export function wireAt(geometry: DiagramGeometry, y: number): number | null {
  return geometry.wireY.length === 0 ? null : nearest(geometry.wireY, y);
}

function nearest(values: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) best = i;
  return best;
}

/** The slot's centre in diagram coordinates. */
export function slotCentre(geometry: DiagramGeometry, slot: Slot): { x: number; y: number } {
  const column = Math.min(slot.column, geometry.columnX.length - 1);
  return { x: geometry.columnX[column], y: geometry.wireY[slot.wire] };
}

/** The slot in words, 1-based as people count: `wire h0, slot 3`. */
export function slotName(slot: Slot, wireNameOf: (wire: number) => string): string {
  return `wire ${wireNameOf(slot.wire)}, slot ${slot.column + 1}`;
}

/**
 * The readout of a slot, numbering as the inspector does (both from 1): `wire h0, slot 3:
 * gate 5, RY(a) on h0` over a gate (gate `index + 1` of the cell), `wire h0, slot 3, empty`.
 */
export function slotReadout(slot: Slot, wireNameOf: (wire: number) => string, here: { index: number; description: string } | null): string {
  const name = slotName(slot, wireNameOf);
  return here ? `${name}: gate ${here.index + 1}, ${here.description}` : `${name}, empty`;
}

/** The inspector's kicker for gate `index` of the cell drawn in slot column `column`: `Gate 5, slot 3`. */
export function gateKicker(index: number, column: number): string {
  return `Gate ${index + 1}, slot ${column + 1}`;
}
