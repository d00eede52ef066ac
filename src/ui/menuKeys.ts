/**
 * Keyboard for a menu of `role="menuitem"` items (WAI-ARIA menu button): the arrows, Home and
 * End move focus among the items; Escape and Tab close the menu, which is for the caller, told
 * by the answer ('escape' returns focus to the button, 'tab' lets focus move on).
 */
import type { KeyboardEvent } from 'react';

export function menuKey(event: KeyboardEvent, items: readonly HTMLElement[]): 'escape' | 'tab' | null {
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 }[event.key];
  if (next !== undefined) {
    event.preventDefault();
    items[next]?.focus();
    return null;
  }
  if (event.key === 'Escape') {
    event.preventDefault();
    return 'escape';
  }
  return event.key === 'Tab' ? 'tab' : null;
}
