/**
 * The line under the canvas: on the left the slot readout ("wire h0, slot 3: gate 5, RY(a) on h0",
 * plus the item picked for placement), announced politely as the cursor moves; on the right
 * the latest refusal (announced as an alert) or note, or a drag preview's refusal.
 */
import { useLab } from '../../store';
import { selectModel, selectPreview } from '../../store/selectors';
import { useEditor } from './editorStore';
import { clampSlot } from './editorKeys';
import { gateDescription, wireName } from '../../text/labels';
import { layoutCell } from './layout';
import { gateAtSlot } from './editorActions';
import { PALETTE_ITEMS } from './paletteItems';
import { slotReadout } from './slots';
import { useMemo } from 'react';

/** The readout of the slot cursor. */
export function SlotReadout() {
  const model = useLab(selectModel);
  const cursor = useEditor((s) => s.cursor);
  const armed = useEditor((s) => s.armed);
  const layout = useMemo(() => layoutCell(model?.cell ?? []), [model]);
  if (!model) return null;
  const slot = clampSlot(cursor, { wire: model.dataQubits + model.hiddenQubits - 1, column: layout.columns });
  const here = gateAtSlot(layout, slot);
  const item = armed ? PALETTE_ITEMS.get(armed) : undefined;
  const text = slotReadout(slot, (w) => wireName(w, model.dataQubits), here ? { index: here.index, description: gateDescription(here.gate, model.dataQubits) } : null);
  return (
    <p className="slot-readout" aria-live="polite" data-testid="slot-readout">
      {text}
      {item && <span className="slot-readout-armed">{` · placing ${item.name}: press Enter or click a slot`}</span>}
    </p>
  );
}

/** The canvas's refusal or note. */
export function CanvasNotice() {
  const notice = useEditor((s) => (s.notice?.place === 'canvas' ? s.notice : null));
  const previewRefusal = useLab((s) => selectPreview(s)?.refusal ?? null);
  const text = previewRefusal ?? notice?.text;
  if (!text) return null;
  const refusal = previewRefusal !== null || notice?.tone === 'refusal';
  return (
    <p className={`editor-notice editor-notice--${refusal ? 'refusal' : 'note'}`} role={refusal ? 'alert' : undefined} aria-live={refusal ? undefined : 'polite'} data-testid="canvas-notice">
      {text}
    </p>
  );
}
