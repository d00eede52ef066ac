/**
 * Matching key events against the registry's combinations (`Ctrl+Shift+Z`, `Space`, `?`):
 * `Ctrl` is Ctrl or Cmd, Alt never matches (it belongs to the browser and the system), and a
 * punctuation key such as `?` matches whatever Shift it needs on the keyboard's layout.
 */
import { SHORTCUTS, type GlobalCommand } from './registry';

/** The part of a keyboard event that matching reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A combination read apart: modifiers and the key as `KeyboardEvent.key` names it (lower case). */
export interface Combo {
  ctrl: boolean;
  shift: boolean;
  key: string;
}

const NAMED: Readonly<Record<string, string>> = { space: ' ', '←': 'arrowleft', '→': 'arrowright', '↑': 'arrowup', '↓': 'arrowdown' };

/** Reads `Ctrl+Shift+Z` as `{ ctrl, shift, key: 'z' }`. */
export function parseCombo(combo: string): Combo {
  const parts = combo.split('+');
  const last = parts[parts.length - 1].toLowerCase();
  return { ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), key: NAMED[last] ?? last };
}

/** The same combination, written as the registry writes it, for comparing lists. */
export function comboId(combo: string): string {
  const c = parseCombo(combo);
  return `${c.ctrl ? 'ctrl+' : ''}${c.shift ? 'shift+' : ''}${c.key}`;
}

/** Whether `event` is `combo`. */
export function matches(combo: string, event: KeyLike): boolean {
  const c = parseCombo(combo);
  if (event.altKey || c.ctrl !== (event.ctrlKey || event.metaKey)) return false;
  const punctuation = c.key.length === 1 && !/[a-z0-9 ]/.test(c.key);
  if (!punctuation && c.shift !== event.shiftKey) return false;
  return event.key.toLowerCase() === c.key;
}

/** The page-wide command `event` asks for, or `null`. */
export function commandFor(event: KeyLike): GlobalCommand | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.command && shortcut.keys.some((k) => matches(k, event))) return shortcut.command;
  }
  return null;
}
