/**
 * Coordinates of the cell diagram: where each wire runs, how wide each column is, and where
 * the end-of-step markers sit. Labels are set in a 12 px monospace face, so their width is
 * estimated from the character count instead of measured in the DOM (no layout thrash, and
 * the same numbers in tests).
 */
import type { Model } from '../../model/types';
import type { CellLayout } from './layout';
import { gateLabel, targetLabel } from '../../text/labels';

/** Vertical distance between wires of one register. */
export const ROW = 56;
/** Extra space between the data and the hidden register. */
const REGISTER_GAP = 22;
/** Height of a gate box. */
export const BOX_HEIGHT = 30;
/** Advance of one character of a gate label (12 px monospace is about 0.6 em). */
const CHAR_WIDTH = 7.3;
const BOX_PADDING = 18;
const MIN_BOX_WIDTH = 34;
const COLUMN_GAP = 18;
const TOP = 18;
const BOTTOM = 30;
/** Room on the left for the register brackets and the wire names. */
const LABEL_AREA = 104;
/** Room on the right for the measure-and-reset marker and the hidden-register arrow. */
const MARKER_AREA = 118;
/** Room right of the arrows for the "to step t + 1" caption of the hidden register. */
const CARRY_AREA = 92;

/** Width of the box that shows `text`. */
export function boxWidth(text: string): number {
  return Math.max(MIN_BOX_WIDTH, Math.round(text.length * CHAR_WIDTH + BOX_PADDING));
}

export interface RegisterBand {
  kind: 'data' | 'hidden';
  /** y of the first and last wire of the register. */
  y0: number;
  y1: number;
}

export interface DiagramGeometry {
  width: number;
  height: number;
  /** x where wires start (after the names) and where gates end. */
  wiresStart: number;
  gatesEnd: number;
  /** x of the end-of-step markers. */
  markerX: number;
  /** x at which wires stop. */
  wiresEnd: number;
  /** Centre x of each column, the trailing empty slot columns included. */
  columnX: number[];
  /** Width of each column's widest gate box (the minimum box width for an empty column). */
  columnWidth: number[];
  /** y of each wire, by wire index. */
  wireY: number[];
  registers: RegisterBand[];
}

/**
 * Width of an empty trailing slot column (the editor's append slot): as wide as a typical
 * rotation's box, `RY(theta_1)`, so that a drag's preview, which fills it, keeps the size of
 * the committed diagram, and the slot is an easy target.
 */
const APPEND_SLOT_WIDTH = 98;

/**
 * Computes the diagram's coordinates for `model` laid out as `layout`, with `trailingSlots`
 * empty columns after the last gate (the editor's append slot).
 */
export function diagramGeometry(model: Model, layout: CellLayout, trailingSlots = 0): DiagramGeometry {
  const widths = new Array<number>(layout.columns).fill(MIN_BOX_WIDTH);
  for (let i = 0; i < trailingSlots; i++) widths.push(APPEND_SLOT_WIDTH);
  for (const placed of layout.gates) {
    const text = placed.gate.wires.length === 2 ? targetLabel(placed.gate) : gateLabel(placed.gate);
    widths[placed.column] = Math.max(widths[placed.column], boxWidth(text));
  }
  const wiresStart = LABEL_AREA;
  const columnX: number[] = [];
  let x = wiresStart + COLUMN_GAP;
  for (const w of widths) {
    columnX.push(x + w / 2);
    x += w + COLUMN_GAP;
  }
  const gatesEnd = Math.max(x, wiresStart + 3 * COLUMN_GAP);
  const n = model.dataQubits + model.hiddenQubits;
  const wireY: number[] = [];
  for (let w = 0; w < n; w++) {
    wireY.push(TOP + ROW / 2 + w * ROW + (w >= model.dataQubits && model.dataQubits > 0 ? REGISTER_GAP : 0));
  }
  const registers: RegisterBand[] = [];
  if (model.dataQubits > 0) registers.push({ kind: 'data', y0: wireY[0], y1: wireY[model.dataQubits - 1] });
  if (model.hiddenQubits > 0) registers.push({ kind: 'hidden', y0: wireY[model.dataQubits], y1: wireY[n - 1] });
  const markerX = gatesEnd + 26;
  const wiresEnd = gatesEnd + MARKER_AREA - 20;
  const height = (n > 0 ? wireY[n - 1] + ROW / 2 : TOP) + BOTTOM;
  return { width: gatesEnd + MARKER_AREA + (model.hiddenQubits > 0 ? CARRY_AREA : 0), height, wiresStart, gatesEnd, markerX, wiresEnd, columnX, columnWidth: widths, wireY, registers };
}
