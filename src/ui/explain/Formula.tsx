/**
 * A formula typeset by KaTeX. `katex.render` builds DOM nodes and sets their inline styles
 * through the CSSOM, which the page's Content Security Policy (`style-src 'self'`) allows;
 * `renderToString` markup put in with `innerHTML` would carry `style="…"` attributes, which
 * that policy blocks, and the fractions and radicals would collapse. Untrusted commands are
 * refused (`trust: false`) and a malformed formula shows its source in the error colour
 * instead of throwing. KaTeX's stylesheet is loaded with the page (`TeachingPanels.tsx`).
 */
import katex from 'katex';
import { useLayoutEffect, useRef } from 'react';

interface FormulaProps {
  /** The TeX source. */
  tex: string;
  /** Display (block, centred) instead of inline. */
  display?: boolean;
  className?: string;
}

/** Renders `tex`; KaTeX writes MathML beside the drawing, so screen readers read the formula. */
export function Formula({ tex, display = false, className }: FormulaProps) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) katex.render(tex, ref.current, { displayMode: display, throwOnError: false, trust: false, output: 'htmlAndMathml' });
  }, [tex, display]);
  return <span ref={ref} className={`formula${display ? ' formula--display' : ''}${className ? ` ${className}` : ''}`} data-tex={tex} />;
}
