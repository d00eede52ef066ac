/**
 * The editor's own view state, shared by the palette, the canvas and the inspector but by no
 * other part of the lab: the slot cursor of keyboard placement, the selected gate, the
 * palette item picked for placement ("armed"), and the latest refusal or note in words with
 * the place it belongs to. A small vanilla store beside the editor, so the drag controller
 * and the key handler read it through `getState()` and only the parts that show a value
 * subscribe to it. The document itself is in the lab store.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** A wire slot: a column position on a wire of the cell editor. */
export interface Slot {
  wire: number;
  /** Slot column, 0-based; the column after the last gate is the append slot. */
  column: number;
}

/** Where a notice is shown: under the palette's register controls, or under the canvas. */
export type NoticePlace = 'palette' | 'canvas';

/** A message for the user: a refusal, or a note on what an edit did. */
export interface EditorNotice {
  place: NoticePlace;
  text: string;
  tone: 'refusal' | 'note';
}

/** The editor's view state and its setters. */
export interface EditorState {
  cursor: Slot;
  /** Index in the cell of the selected gate (its inspector is open), or `null`. */
  selected: number | null;
  /** The palette item picked for placement by click or Enter, or `null`. */
  armed: string | null;
  notice: EditorNotice | null;
  setCursor(cursor: Slot): void;
  select(index: number | null): void;
  arm(item: string | null): void;
  say(notice: EditorNotice | null): void;
  /** Forgets selection, armed item and notice, and puts the cursor at the start (a new document). */
  reset(): void;
}

/** Creates an editor store (tests make their own; the page uses {@link editorStore}). */
function createEditorStore() {
  return createStore<EditorState>()((set) => ({
    cursor: { wire: 0, column: 0 },
    selected: null,
    armed: null,
    notice: null,
    setCursor: (cursor) => set({ cursor }),
    select: (selected) => set({ selected }),
    arm: (armed) => set({ armed }),
    say: (notice) => set({ notice }),
    reset: () => set({ cursor: { wire: 0, column: 0 }, selected: null, armed: null, notice: null }),
  }));
}

/** The page's editor store. */
export const editorStore = createEditorStore();

/** Subscribes a component to one value of {@link editorStore}. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}
