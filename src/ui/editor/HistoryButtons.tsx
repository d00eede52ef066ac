/**
 * Undo and Redo in the top bar, and their shortcuts anywhere on the page: Ctrl+Z (Cmd+Z)
 * undoes, Ctrl+Shift+Z and Ctrl+Y redo, except while focus is in a text field, where the
 * field's own undo applies. Undo and redo clear the editor's selection, since the selected
 * gate may no longer be the same gate. A classroom link with `lock=cell` disables both: the
 * cell a teacher locked cannot be changed by stepping through history either.
 */
import { useEffect } from 'react';
import { labStore, useLab } from '../../store';
import { selectCanRedo, selectCanUndo } from '../../store/selectors';
import { selectCellLocked } from '../../store/classroomSlice';
import { editorStore } from './editorStore';

/** Steps the history back (`-1`) or forward (`1`). */
export function stepHistory(direction: -1 | 1): boolean {
  const state = labStore.getState();
  if (selectCellLocked(state)) return false;
  const moved = direction < 0 ? state.undo() : state.redo();
  if (moved) editorStore.getState().select(null);
  return moved;
}

/** Whether keys typed at `target` belong to a text field. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(target.type);
}

/** The history direction a key combination asks for, or `null`. */
function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): -1 | 1 | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 1 : -1;
  if (key === 'y' && !event.shiftKey) return 1;
  return null;
}

function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = historyKey(event);
      if (direction === null || isTextField(event.target)) return;
      event.preventDefault();
      stepHistory(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const UndoIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M9 14 4 9l5-5" /><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" /></svg>
);
const RedoIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="m15 14 5-5-5-5" /><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" /></svg>
);

/** The Undo and Redo buttons, with the page's history shortcuts. */
export function HistoryButtons() {
  const locked = useLab(selectCellLocked);
  const canUndo = useLab(selectCanUndo) && !locked;
  const canRedo = useLab(selectCanRedo) && !locked;
  useHistoryShortcuts();
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button type="button" className="icon-button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => stepHistory(-1)}>
        <UndoIcon />
      </button>
      <button type="button" className="icon-button" aria-label="Redo" title="Redo (Ctrl+Shift+Z or Ctrl+Y)" disabled={!canRedo} onClick={() => stepHistory(1)}>
        <RedoIcon />
      </button>
    </div>
  );
}
