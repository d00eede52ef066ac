/**
 * One labelled field of the inspector with the parser's refusal, when there is one, shown
 * under it and tied to the control with `aria-describedby` and `aria-invalid`.
 */
import { cloneElement, useId, type ReactElement } from 'react';

interface FieldProps {
  label: string;
  /** The refusal of the last edit made through this field, or `null`. */
  error: string | null;
  /** The control; it gets the label's id, `aria-invalid` and `aria-describedby`. */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

/** A label, a control and its error. */
export function Field({ label, error, children, className }: FieldProps) {
  const id = useId();
  const control = cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined });
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
    </div>
  );
}

/** A text input that commits on Enter or when it loses focus, not on every keystroke. */
export function DraftInput({ value, onChange, onCommit, ...rest }: { value: string; onChange(value: string): void; onCommit(): void } & Record<string, unknown>) {
  return (
    <input
      type="text"
      spellCheck={false}
      autoComplete="off"
      {...rest}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onCommit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onCommit();
      }}
    />
  );
}
