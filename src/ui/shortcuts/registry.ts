/**
 * Every keyboard shortcut of the lab in one table, grouped by where it works: the page-wide
 * keys (the ones this folder handles, and Undo and Redo, which `HistoryButtons.tsx` handles),
 * the cell editor's keymap (its letters read from the palette's `KEY_ITEMS`), the timeline,
 * the Gradients tabs, the Step slider, menus, dialogs and lessons. The overlay lists it; the
 * page-wide handler matches events against the `global` entries; a test checks that no key
 * is listed twice where it works.
 */
import { KEY_ITEMS } from '../editor/paletteItems';

/** Where a shortcut works. */
export type ShortcutScope = 'page' | 'lesson' | 'editor' | 'palette' | 'inspector' | 'timeline' | 'gradients' | 'bloch' | 'menus' | 'dialogs';

/** What the page-wide handler does for a global shortcut. */
export type GlobalCommand = 'shortcuts' | 'play-pause' | 'step' | 'save' | 'lesson-back' | 'lesson-next';

/** One shortcut: its keys (any one of them), where it works, what it does. */
export interface Shortcut {
  /** Key combinations as a user reads them: `Ctrl+Shift+Z`, `Space`, `?`, `←`. `Ctrl` is `Cmd` on a Mac. */
  keys: readonly string[];
  scope: ShortcutScope;
  what: string;
  /** For a page-wide key this folder handles: the command it runs. */
  command?: GlobalCommand;
}

/** The headings of the overlay's groups, in order. */
export const SCOPE_TITLES: Readonly<Record<ShortcutScope, string>> = {
  page: 'Anywhere on the page',
  lesson: 'Lessons',
  editor: 'Cell editor (the diagram, one Tab stop)',
  palette: 'Palette',
  inspector: 'Gate inspector',
  timeline: 'Timeline',
  gradients: 'Gradients tabs',
  bloch: 'Hidden register',
  menus: 'Menus (Export, Lessons)',
  dialogs: 'Dialogs and side sheets',
};

const GATE_WORDS: Readonly<Record<string, string>> = { RY: 'RY with a new parameter', CNOT: 'CNOT from the cursor’s wire to the next one' };

/** The editor's letter keys, from the palette's own map: the gates named by their letter in one row, the others one each. */
const EDITOR_LETTERS: Shortcut[] = (() => {
  const entries = Object.entries(KEY_ITEMS).map(([key, gate]) => ({ key: key.toUpperCase(), gate }));
  const named = entries.filter((e) => e.key === e.gate).map((e) => e.key);
  return [
    { keys: named, scope: 'editor' as const, what: 'Place that gate in the cursor’s slot' },
    ...entries.filter((e) => e.key !== e.gate).map((e) => ({ keys: [e.key], scope: 'editor' as const, what: `Place ${GATE_WORDS[e.gate] ?? e.gate} in the cursor’s slot` })),
  ];
})();

/** Every shortcut, in the overlay's order. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], scope: 'page', what: 'Show this list of shortcuts', command: 'shortcuts' },
  { keys: ['Space'], scope: 'page', what: 'Play or pause training (when focus is on no control, field or the cell editor)', command: 'play-pause' },
  { keys: ['.'], scope: 'page', what: 'Step: train one epoch, then pause', command: 'step' },
  { keys: ['Ctrl+S'], scope: 'page', what: 'Save the experiment as a file (also while typing)', command: 'save' },
  { keys: ['Ctrl+Z'], scope: 'page', what: 'Undo (not while typing in a field, nor when a link locks the cell)' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], scope: 'page', what: 'Redo (likewise)' },
  { keys: ['['], scope: 'lesson', what: 'Back a step of the open lesson', command: 'lesson-back' },
  { keys: [']'], scope: 'lesson', what: 'Next step of the open lesson', command: 'lesson-next' },
  { keys: ['←', '→'], scope: 'lesson', what: 'Choose among a prediction’s options' },
  { keys: ['←', '→', '↑', '↓'], scope: 'editor', what: 'Move the slot cursor (slot column × wire)' },
  { keys: ['Home', 'End'], scope: 'editor', what: 'First slot, append slot' },
  ...EDITOR_LETTERS,
  { keys: ['Enter', 'Space'], scope: 'editor', what: 'Place the picked palette gate, or select the gate in the slot' },
  { keys: ['Delete', 'Backspace'], scope: 'editor', what: 'Remove the selected gate (else the one in the slot)' },
  { keys: ['Escape'], scope: 'editor', what: 'Drop the picked gate, then the selection; during a drag, cancel it' },
  { keys: ['Enter', 'Space'], scope: 'palette', what: 'Pick a gate for placement (focus moves to the diagram)' },
  { keys: ['Enter'], scope: 'inspector', what: 'Apply a text field (angle, parameter); leaving the field applies it too' },
  { keys: ['Tab'], scope: 'timeline', what: 'Reach the chosen parameter’s occurrences (one Tab stop)' },
  { keys: ['←', '→'], scope: 'timeline', what: 'Previous or next occurrence' },
  { keys: ['↑', '↓'], scope: 'timeline', what: 'The same gate one step earlier or later' },
  { keys: ['Home', 'End'], scope: 'timeline', what: 'First or last occurrence' },
  { keys: ['Enter', 'Space'], scope: 'timeline', what: 'Explain this occurrence' },
  { keys: ['Ctrl+wheel'], scope: 'timeline', what: 'Zoom about the pointer' },
  { keys: ['←', '→', 'Home', 'End'], scope: 'gradients', what: 'Switch tab' },
  { keys: ['←', '→'], scope: 'bloch', what: 'Step slider: previous or next step' },
  { keys: ['↑', '↓'], scope: 'menus', what: 'Next or previous item' },
  { keys: ['Home', 'End'], scope: 'menus', what: 'First or last item' },
  { keys: ['Escape'], scope: 'menus', what: 'Close the menu, back to its button' },
  { keys: ['Escape'], scope: 'dialogs', what: 'Close; focus returns to what opened it (a rename in Saved experiments: cancel it)' },
  { keys: ['Tab', 'Shift+Tab'], scope: 'dialogs', what: 'Move between controls; focus stays inside while it is open' },
];

/** The shortcuts of `scope`, in order. */
export function shortcutsIn(scope: ShortcutScope): Shortcut[] {
  return SHORTCUTS.filter((s) => s.scope === scope);
}

/** The page-wide shortcuts (this folder's and the history's): they work wherever focus is, so none may repeat. */
export function globalShortcuts(): Shortcut[] {
  return SHORTCUTS.filter((s) => s.scope === 'page' || s.command !== undefined);
}
