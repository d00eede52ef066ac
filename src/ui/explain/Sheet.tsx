/**
 * A modal side sheet on the native `<dialog>` element, mounted only while it is open: on
 * mount it opens modally (the browser moves focus into it and keeps it there), Escape or the
 * Close button asks the owner to close it, and on unmount it closes and hands focus back to
 * the control that had it before (the occurrence, the bar or the button that opened it), or,
 * when that control is gone, to `fallbackFocus`. Its accessible name is its heading. Shared
 * by the Explain panel and the method comparison.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface SheetProps {
  /** The heading, which is also the sheet's accessible name. */
  title: string;
  /** A line under the heading. */
  subtitle?: ReactNode;
  onClose(): void;
  /** Where focus goes on close if the opener has left the page, as a CSS selector. */
  fallbackFocus?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** The open sheet. */
export function Sheet({ title, subtitle, onClose, fallbackFocus, className, testId, children }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      const target = opener?.isConnected ? opener : fallbackFocus ? document.querySelector<HTMLElement>(fallbackFocus) : null;
      target?.focus({ preventScroll: true });
    };
  }, [fallbackFocus]);

  return (
    <dialog
      ref={ref}
      className={`sheet${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div className="sheet-body">
        <header className="sheet-header">
          <div className="sheet-titles">
            <h2 id={`${id}-title`}>{title}</h2>
            {subtitle && <p className="sheet-subtitle">{subtitle}</p>}
          </div>
          <button type="button" className="icon-button sheet-close" aria-label="Close" title="Close (Escape)" onClick={() => onCloseRef.current()}>
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" /></svg>
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
