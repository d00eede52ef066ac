/**
 * The canvas the drags drop onto, as the drag controller and the click handler see it: the
 * mounted diagram's SVG element with the layout and geometry it was drawn from. The canvas
 * registers itself here when it mounts or redraws; the palette's drags, which start in
 * another part of the page, find it here. Client (CSS pixel) points are turned into the
 * diagram's own coordinates with the SVG's screen matrix, so zoom and scaling are exact.
 */
import type { Model } from '../../model/types';
import type { Slot } from './editorStore';
import type { DiagramGeometry } from './geometry';
import type { CellLayout } from './layout';
import { slotAt, wireAt } from './slots';

/** The mounted canvas. */
export interface DropSurface {
  svg: SVGSVGElement;
  model: Model;
  layout: CellLayout;
  geometry: DiagramGeometry;
}

let current: DropSurface | null = null;

/** Registers the mounted canvas; returns the function that unregisters it. */
export function setDropSurface(surface: DropSurface): () => void {
  current = surface;
  return () => {
    if (current === surface) current = null;
  };
}

/** The mounted canvas, or `null`. */
export function dropSurface(): DropSurface | null {
  return current;
}

/** A client point in the diagram's coordinates, or `null` when the SVG has no screen matrix. */
function toDiagram(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/** The slot under a client point on the mounted canvas, or `null`. */
export function slotAtClient(clientX: number, clientY: number): Slot | null {
  const surface = current;
  const p = surface && toDiagram(surface.svg, clientX, clientY);
  return surface && p ? slotAt(surface.geometry, p.x, p.y) : null;
}

/** The wire nearest a client point on the mounted canvas (any height), or `null`. */
export function wireAtClient(clientX: number, clientY: number): number | null {
  const surface = current;
  const p = surface && toDiagram(surface.svg, clientX, clientY);
  return surface && p ? wireAt(surface.geometry, p.y) : null;
}

/** Moves keyboard focus to the canvas (after a palette item was picked). */
export function focusCanvas(): void {
  current?.svg.closest<HTMLElement>('.cell-canvas')?.focus({ preventScroll: true });
}
