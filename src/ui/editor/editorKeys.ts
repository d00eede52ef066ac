/**
 * The canvas's keyboard map (README, "Editing the cell"). Arrow keys move the slot cursor
 * over wires and slot columns (Home and End jump to the first slot and the append slot); a
 * letter places a gate in the cursor's slot: `H X Y Z S T`, `R` (RY with a new parameter),
 * `C` (CNOT to the next wire); Enter or Space places the palette item picked with Enter, or
 * selects the gate in the slot; Delete or Backspace removes the selected gate (else the one
 * in the slot); Escape drops the picked item, then the selection. Keys with Ctrl, Alt or
 * Meta are left to the page (undo and redo).
 */
import type { KeyboardEvent } from 'react';
import { labStore } from '../../store';
import { editorStore, type Slot } from './editorStore';
import { currentLayout, deleteGateAt, gateAtSlot, placeItem } from './editorActions';
import { KEY_ITEMS } from './paletteItems';
import { selectQrnn } from '../../store/selectors';

const MOVES: Record<string, (s: Slot, last: Slot) => Slot> = {
  ArrowLeft: (s) => ({ ...s, column: s.column - 1 }),
  ArrowRight: (s) => ({ ...s, column: s.column + 1 }),
  ArrowUp: (s) => ({ ...s, wire: s.wire - 1 }),
  ArrowDown: (s) => ({ ...s, wire: s.wire + 1 }),
  Home: (s) => ({ ...s, column: 0 }),
  End: (s, last) => ({ ...s, column: last.column }),
};

/** `slot` kept inside the register and the slot columns (the append slot included). */
export function clampSlot(slot: Slot, last: Slot): Slot {
  return { wire: Math.max(0, Math.min(last.wire, slot.wire)), column: Math.max(0, Math.min(last.column, slot.column)) };
}

/** Handles a key pressed on the canvas; returns whether it was the editor's. */
export function handleEditorKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'preventDefault'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const model = selectQrnn(labStore.getState())?.model;
  if (!model) return false;
  const editor = editorStore.getState();
  const layout = currentLayout();
  const last: Slot = { wire: model.dataQubits + model.hiddenQubits - 1, column: layout.columns };
  const cursor = clampSlot(editor.cursor, last);
  const handled = ((): boolean => {
    const move = MOVES[event.key];
    if (move) {
      editor.setCursor(clampSlot(move(cursor, last), last));
      return true;
    }
    const item = event.key.length === 1 ? KEY_ITEMS[event.key.toLowerCase()] : undefined;
    if (item) {
      placeItem(item, cursor);
      return true;
    }
    const here = gateAtSlot(layout, cursor);
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (editor.armed) {
          if (placeItem(editor.armed, cursor)) editor.arm(null);
        } else if (here) editor.select(here.index);
        return true;
      case 'Delete':
      case 'Backspace': {
        const index = editor.selected ?? here?.index;
        if (index !== undefined) deleteGateAt(index);
        return true;
      }
      case 'Escape':
        if (editor.armed) editor.arm(null);
        else editor.select(null);
        return true;
      default:
        return false;
    }
  })();
  if (handled) event.preventDefault();
  return handled;
}
