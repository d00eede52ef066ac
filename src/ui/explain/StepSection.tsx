/**
 * One numbered step of the Explain walkthrough: a list item with its number and heading, so
 * a screen reader hears "3 of 6" and can jump by heading.
 */
import type { ReactNode } from 'react';

/** A step; `id` names it for `aria-labelledby`. */
export function StepSection({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <li className="explain-step" aria-labelledby={id}>
      <h3 id={id}>
        <span className="explain-step-number" aria-hidden="true">{number}</span>
        {title}
      </h3>
      {children}
    </li>
  );
}
