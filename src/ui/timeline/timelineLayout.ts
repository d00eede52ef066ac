/**
 * Coordinates of the unrolled timeline: the cell's gates in columns (the editor's greedy
 * layering, `layoutCell`), repeated once per step. Each step is a narrow column group with
 * its header (`x_t` and the target) above; a measure-and-reset marker closes every step on
 * the data wires (recurrence `measure-reset`), and the hidden wires run on without a break.
 * Widths scale with the zoom. Pure: no DOM, no React.
 */
import type { GateSpec, Model } from '../../model/types';
import { layoutCell } from '../editor/layout';

/** Width of one gate column at zoom 1, in px. */
export const COLUMN_WIDTH = 20;
/** Vertical distance between wires. */
export const ROW_HEIGHT = 30;
/** Height of the step headers (`x_t` and target lines) above the first wire. */
export const HEADER_HEIGHT = 46;
/** Space inside a step before its first column and after its last. */
const STEP_PADDING = 6;
/** Room for the measure-and-reset marker at the end of a step. */
const MARKER_WIDTH = 14;
const BOTTOM = 12;

/** A gate of the cell, placed in a column of the step. */
export interface TimelineGate {
  /** Index in `model.cell`. */
  index: number;
  gate: GateSpec;
  /** Centre of its column, relative to the step's left edge. */
  offset: number;
  /** Lowest and highest wire it spans. */
  top: number;
  bottom: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  steps: number;
  /** Width of one step's column group (with its marker). */
  stepWidth: number;
  /** Width of one gate column at this zoom. */
  columnWidth: number;
  /** y of each wire. */
  wireY: number[];
  /** x of the measure-and-reset marker relative to the step's left edge; `null` when there is none. */
  markerOffset: number | null;
  gates: TimelineGate[];
}

/** The left edge of step `t`. */
export const stepLeft = (layout: TimelineLayout, t: number) => t * layout.stepWidth;

/** Lays out `model`'s cell unrolled over `steps` steps at `zoom`. */
export function timelineLayout(model: Model, steps: number, zoom = 1): TimelineLayout {
  const cell = layoutCell(model.cell);
  const columnWidth = Math.round(COLUMN_WIDTH * zoom * 10) / 10;
  const columns = Math.max(cell.columns, 1);
  const hasMarker = model.recurrence === 'measure-reset' && model.dataQubits > 0;
  const gatesWidth = STEP_PADDING * 2 + columns * columnWidth;
  const stepWidth = gatesWidth + (hasMarker ? MARKER_WIDTH : 0);
  const wires = model.dataQubits + model.hiddenQubits;
  const wireY = Array.from({ length: wires }, (_, w) => HEADER_HEIGHT + ROW_HEIGHT / 2 + w * ROW_HEIGHT);
  const gates = cell.gates.map((p) => ({
    index: p.index,
    gate: p.gate,
    offset: STEP_PADDING + (p.column + 0.5) * columnWidth,
    top: p.top,
    bottom: p.bottom,
  }));
  return {
    width: Math.max(steps, 0) * stepWidth,
    height: HEADER_HEIGHT + wires * ROW_HEIGHT + BOTTOM,
    steps,
    stepWidth,
    columnWidth,
    wireY,
    markerOffset: hasMarker ? gatesWidth + MARKER_WIDTH / 2 - 2 : null,
    gates,
  };
}
