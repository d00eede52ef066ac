/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus inside it, Escape
 * closes it and focus returns to the control that opened it. Its accessible name is its
 * visible heading. A click on the backdrop closes it too. Content is rendered only while it
 * is open, so closed dialogs cost nothing.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialogs.css';

interface DialogProps {
  open: boolean;
  /** The heading, which is also the dialog's accessible name. */
  title: string;
  onClose(): void;
  /** Extra class on the `<dialog>` (its width). */
  className?: string;
  children: ReactNode;
}

/** A modal dialog shown while `open`. */
export function Dialog({ open, title, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`lab-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="lab-dialog-body">
          <header className="lab-dialog-header">
            <h2 id={`${id}-title`}>{title}</h2>
            <button type="button" className="icon-button lab-dialog-close" aria-label="Close" title="Close (Escape)" onClick={onClose}>
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" /></svg>
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
