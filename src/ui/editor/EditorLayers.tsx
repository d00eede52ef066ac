/**
 * The canvas's layers around the diagram: the slot column guides, the keyboard's slot
 * cursor, and a drag's preview (the diagram as it would be after the drop, with the placed
 * gate drawn as a ghost in a highlighted slot; see `previewView.ts`). The cursor subscribes
 * to its own state, so a cursor move redraws only its layer. All are hidden from assistive
 * technology: the readout and the notice under the canvas say the same in words.
 */
import { DiagramBody } from './CellDiagram';
import { useEditor, type Slot } from './editorStore';
import { clampSlot } from './editorKeys';
import { ROW, type DiagramGeometry } from './geometry';
import type { PreviewView } from './previewView';
import { slotCentre } from './slots';

const SLOT_PAD = 10;

/** The rectangle of `slot`, or of the column over wires `top..bottom`. */
function slotRect(geometry: DiagramGeometry, column: number, top: number, bottom: number) {
  const c = Math.min(column, geometry.columnX.length - 1);
  const w = geometry.columnWidth[c] + SLOT_PAD;
  const y0 = geometry.wireY[top] - ROW / 2 + 5;
  const y1 = geometry.wireY[bottom] + ROW / 2 - 5;
  return { x: geometry.columnX[c] - w / 2, y: y0, width: w, height: y1 - y0 };
}

/**
 * Faint column guides, one per slot column (the append slot included), shown while a gate is
 * dragged or picked for placement (CSS, from the canvas's classes), so the slots read as
 * places to drop.
 */
export function SlotGuides({ geometry }: { geometry: DiagramGeometry }) {
  const n = geometry.wireY.length;
  return (
    <g className="slot-guides" aria-hidden="true">
      {geometry.columnX.map((_, c) => (
        <rect key={c} className="slot-guide" data-slot-column={c} rx={8} {...slotRect(geometry, c, 0, n - 1)} />
      ))}
    </g>
  );
}

/** The keyboard's slot cursor; shown while the canvas has focus (CSS). */
export function SlotCursor({ geometry, last }: { geometry: DiagramGeometry; last: Slot }) {
  const cursor = clampSlot(useEditor((s) => s.cursor), last);
  const { x, y } = slotCentre(geometry, cursor);
  const w = geometry.columnWidth[Math.min(cursor.column, geometry.columnWidth.length - 1)] + SLOT_PAD;
  const h = ROW - 10;
  return <rect className="slot-cursor" data-testid="slot-cursor" x={x - w / 2} y={y - h / 2} width={w} height={h} rx={8} aria-hidden="true" />;
}

/** The drag preview: the would-be diagram with the placed gate as a ghost in its slot. */
export function PreviewLayer({ view, idPrefix }: { view: PreviewView; idPrefix: string }) {
  const placed = view.layout.gates[view.gate];
  return (
    <g className="preview-layer" aria-hidden="true" data-testid="drag-preview">
      <rect className={`drop-slot${view.refused ? ' drop-slot--refused' : ''}`} rx={8} {...slotRect(view.geometry, placed.column, placed.top, placed.bottom)} />
      <DiagramBody model={view.model} layout={view.layout} geometry={view.geometry} selected={null} idPrefix={`${idPrefix}-preview`} ghost={{ index: view.gate, refused: view.refused }} />
    </g>
  );
}
