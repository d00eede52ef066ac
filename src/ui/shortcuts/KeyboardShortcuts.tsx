/**
 * The top bar's "Keyboard shortcuts" button and the overlay it opens; mounting it installs
 * the page-wide shortcuts (`?` opens the same overlay).
 */
import { useState } from 'react';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './useShortcuts';

/** The button, the overlay and the page-wide keys. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  useShortcuts(() => setOpen(true));
  return (
    <div className="shortcuts">
      <button type="button" className="icon-button shortcuts-button" aria-label="Keyboard shortcuts" aria-haspopup="dialog" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <rect x="2.5" y="6" width="19" height="12" rx="2" />
          <path d="M6 10h.01M9 10h.01M12 10h.01M15 10h.01M18 10h.01M7.5 14h9" />
        </svg>
      </button>
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
