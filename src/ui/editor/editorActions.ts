/**
 * The editor's commands shared by the keyboard, clicks and the inspector: place a palette
 * item in a slot, delete a gate, and find the gate a slot is on. Each reads the current
 * experiment from the lab store and goes through `applyEdit`, so every one is checked by the
 * parser and recorded in the history.
 */
import { labStore } from '../../store';
import { applyEdit } from './commitEdit';
import { deleteGate, insertGate, refuse } from './edits';
import { editorStore, type Slot } from './editorStore';
import { layoutCell, type CellLayout, type PlacedGate } from './layout';
import { gateFor, PALETTE_ITEMS } from './paletteItems';
import { columnAfter } from './placement';
import { selectQrnn } from '../../store/selectors';

/** The gate drawn in `slot` (its column, spanning its wire), if any. */
export function gateAtSlot(layout: CellLayout, slot: Slot): PlacedGate | undefined {
  return layout.gates.find((p) => p.column === slot.column && p.top <= slot.wire && slot.wire <= p.bottom);
}

/** Places palette item `itemId` in `slot`; the cursor moves to the slot after the new gate. */
export function placeItem(itemId: string, slot: Slot): boolean {
  const experiment = selectQrnn(labStore.getState());
  const item = PALETTE_ITEMS.get(itemId);
  if (!experiment || !item) return false;
  const gate = gateFor(item, experiment, slot.wire);
  const result = typeof gate === 'string' ? refuse(gate) : insertGate(experiment, gate, slot.column);
  if (!applyEdit(result, 'canvas') || !result.ok || result.focus === null) return false;
  editorStore.getState().setCursor({ wire: slot.wire, column: columnAfter(result.experiment.model.cell, result.focus) });
  return true;
}

/** Deletes gate `index`; the selection is cleared. */
export function deleteGateAt(index: number): boolean {
  const experiment = selectQrnn(labStore.getState());
  return experiment ? applyEdit(deleteGate(experiment, index), 'canvas') : false;
}

/** The layout of the current cell (empty before the first load). */
export function currentLayout(): CellLayout {
  return layoutCell(selectQrnn(labStore.getState())?.model.cell ?? []);
}
