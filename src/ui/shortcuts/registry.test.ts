/**
 * The shortcut registry: no key is listed twice where it works, the page-wide keys are
 * distinct from each other and from the cell editor's letters, every command has its entry
 * and its keys reach it through `commandFor`, and combinations match as a keyboard sends
 * them (`?` with Shift, Ctrl or Cmd, never with Alt).
 */
import { describe, expect, it } from 'vitest';
import { KEY_ITEMS } from '../editor/paletteItems';
import { comboId, commandFor, matches, parseCombo, type KeyLike } from './keys';
import { globalShortcuts, SCOPE_TITLES, SHORTCUTS, shortcutsIn, type GlobalCommand, type ShortcutScope } from './registry';

/** The event a keyboard sends for `combo` (punctuation with Shift where US keyboards need it). */
function press(combo: string, modifiers: Partial<KeyLike> = {}): KeyLike {
  const c = parseCombo(combo);
  const key = c.key === ' ' ? ' ' : c.key.length === 1 ? c.key : combo.split('+').pop() as string;
  return { key: c.shift && key.length === 1 ? key.toUpperCase() : key, ctrlKey: c.ctrl, metaKey: false, shiftKey: c.shift || '?{}'.includes(key), altKey: false, ...modifiers };
}

describe('the shortcut registry', () => {
  it.each(Object.keys(SCOPE_TITLES) as ShortcutScope[])('lists no key twice in scope %s', (scope) => {
    const ids = shortcutsIn(scope).flatMap((s) => s.keys.map(comboId));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has page-wide keys that are all distinct and none of the cell editor’s keys', () => {
    const globals = globalShortcuts().flatMap((s) => s.keys.map(comboId));
    expect(globals.filter((id, i) => globals.indexOf(id) !== i)).toEqual([]);
    const editor = shortcutsIn('editor').flatMap((s) => s.keys.map(comboId));
    expect(globals.filter((id) => editor.includes(id) && id !== comboId('Space'))).toEqual([]);
  });

  it('lists every letter of the editor’s keymap', () => {
    const letters = shortcutsIn('editor').flatMap((s) => s.keys).filter((k) => /^[A-Z]$/.test(k));
    expect(letters.map((l) => l.toLowerCase()).sort()).toEqual(Object.keys(KEY_ITEMS).sort());
  });

  it('gives each command one entry, whose keys reach it through commandFor(event)', () => {
    const commands: GlobalCommand[] = ['shortcuts', 'play-pause', 'step', 'save', 'lesson-back', 'lesson-next'];
    for (const command of commands) {
      const entries = SHORTCUTS.filter((s) => s.command === command);
      expect(entries, command).toHaveLength(1);
      for (const key of entries[0].keys) expect(commandFor(press(key)), key).toBe(command);
    }
  });

  it('leaves Undo and Redo to the history buttons, and plain letters to the page', () => {
    expect(commandFor(press('Ctrl+Z'))).toBeNull();
    expect(commandFor(press('Ctrl+Shift+Z'))).toBeNull();
    expect(commandFor(press('S'))).toBeNull();
    expect(commandFor({ key: 's', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false })).toBe('save');
  });
});

describe('matches(combo, event)', () => {
  it('takes ? with the Shift it needs, Ctrl or Cmd for Ctrl, and never Alt', () => {
    expect(matches('?', { key: '?', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false })).toBe(true);
    expect(matches('Ctrl+S', { key: 's', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false })).toBe(true);
    expect(matches('Ctrl+S', { key: 'S', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false })).toBe(false);
    expect(matches('.', { key: '.', ctrlKey: false, metaKey: false, shiftKey: false, altKey: true })).toBe(false);
    expect(matches('Space', { key: ' ', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBe(true);
    expect(matches('Space', { key: ' ', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false })).toBe(false);
  });
});
