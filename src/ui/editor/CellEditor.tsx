/**
 * The cell editor's canvas: the cell diagram as one focusable keyboard target (arrow keys
 * move a slot cursor, letters place gates: `editorKeys.ts`), a drop target for the drags of
 * the palette and of the gates themselves (`useGateDrag`), and a click target (select a
 * gate; place the picked palette item; move the cursor). It registers the drawn diagram as
 * the drop surface, resets its view state when a new document is loaded, and shows the slot
 * readout, the latest refusal or note, and the inspector of the selected gate.
 */
import { useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import { labStore, useLab } from '../../store';
import { selectModel, selectPreview } from '../../store/selectors';
import { selectCellLocked } from '../../store/classroomSlice';
import { Inspector } from '../inspector/Inspector';
import { CellDiagram } from './CellDiagram';
import { editorStore, useEditor, type Slot } from './editorStore';
import { gateAtSlot, placeItem } from './editorActions';
import { clampSlot, handleEditorKey } from './editorKeys';
import { PreviewLayer, SlotCursor, SlotGuides } from './EditorLayers';
import { CanvasNotice, SlotReadout } from './EditorStatus';
import { dropSurface, setDropSurface, slotAtClient } from './dropSurface';
import { diagramGeometry } from './geometry';
import { layoutCell } from './layout';
import { previewView } from './previewView';
import { useGateDrag } from './useGateDrag';
import './editor.css';

/** What a link that locks the cell leaves: reading, not editing (docs/teaching.md §3). */
const LOCKED_HELP = 'Locked by the link: the cell can be studied, not edited. The timeline reads out each occurrence.';
const HELP = 'Arrow keys move the slot cursor. H, X, Y, Z, S, T place that gate; R places RY with a new parameter; C places a CNOT to the next wire. Enter selects the gate in the slot or places the picked palette gate; Delete removes the selected gate; Escape cancels.';

function onCanvasClick(event: MouseEvent<HTMLDivElement>): void {
  event.currentTarget.focus({ preventScroll: true });
  const editor = editorStore.getState();
  const slot = slotAtClient(event.clientX, event.clientY);
  if (editor.armed && slot) {
    if (placeItem(editor.armed, slot)) editor.arm(null);
    return;
  }
  const gate = (event.target as Element).closest('[data-gate-index]');
  if (gate) {
    const index = Number(gate.getAttribute('data-gate-index'));
    const placed = dropSurface()?.layout.gates[index];
    editor.select(index);
    if (slot) editor.setCursor(slot);
    else if (placed) editor.setCursor({ wire: placed.gate.wires[0], column: placed.column });
    return;
  }
  if (slot) editor.setCursor(slot);
  editor.select(null);
}

/** The editable cell diagram, its status line and the inspector. */
export function CellEditor() {
  const model = useLab(selectModel);
  const selected = useEditor((s) => s.selected);
  const cursor = useEditor((s) => s.cursor);
  const placing = useEditor((s) => s.armed !== null);
  const preview = useLab(selectPreview);
  const locked = useLab(selectCellLocked);
  const view = useMemo(() => previewView(preview), [preview]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const id = useId();
  useGateDrag(canvasRef);

  const layout = useMemo(() => layoutCell(model?.cell ?? []), [model]);
  const geometry = useMemo(() => (model ? diagramGeometry(model, layout, 1) : null), [model, layout]);

  useEffect(() => {
    if (!model || !geometry || !svgRef.current) return;
    return setDropSurface({ svg: svgRef.current, model, layout, geometry });
  }, [model, layout, geometry]);

  useEffect(() => labStore.subscribe((state, previous) => {
    if (state.documentId !== previous.documentId) editorStore.getState().reset();
  }), []);

  if (!model || !geometry) return null;
  const last: Slot = { wire: model.dataQubits + model.hiddenQubits - 1, column: layout.columns };
  const here = gateAtSlot(layout, clampSlot(cursor, last));
  return (
    <div className="cell-editor">
      <div className="diagram-frame">
        <div
          ref={canvasRef}
          className={`cell-canvas${placing ? ' is-placing' : ''}`}
          tabIndex={0}
          role="application"
          aria-label="Cell editor"
          aria-describedby={`${id}-help`}
          aria-activedescendant={here ? `${id}-gate-${here.index}` : undefined}
          onKeyDown={(event) => {
            if (handleEditorKey(event)) event.currentTarget.dataset.keys = 'on';
          }}
          onPointerDown={(event) => delete event.currentTarget.dataset.keys}
          onClick={onCanvasClick}
        >
          <CellDiagram model={model} layout={layout} geometry={geometry} selected={selected} idPrefix={id} svgRef={svgRef} hideBody={view !== null} underlay={view ? null : <SlotGuides geometry={geometry} />}>
            <SlotCursor geometry={geometry} last={last} />
            {view && <PreviewLayer view={view} idPrefix={id} />}
          </CellDiagram>
          <p id={`${id}-help`} className="visually-hidden">{locked ? LOCKED_HELP : HELP}</p>
        </div>
      </div>
      <div className="editor-status">
        <SlotReadout />
        <CanvasNotice />
      </div>
      <Inspector />
    </div>
  );
}
