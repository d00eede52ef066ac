/**
 * Reveals a long panel part by part: `useReveal(key, parts)` counts up from 1 to `parts`, one
 * part per animation frame, starting again whenever `key` changes. Each part is then rendered
 * (and laid out) in a task of its own, so opening the Explain panel never holds the main
 * thread for the whole walkthrough at once.
 */
import { useEffect, useState } from 'react';

/** How many parts are shown now. */
export function useReveal(key: unknown, parts: number): number {
  const [state, setState] = useState({ key, shown: 1 });
  const shown = state.key === key ? state.shown : 1;
  if (state.key !== key) setState({ key, shown: 1 });
  useEffect(() => {
    if (shown >= parts) return;
    const frame = requestAnimationFrame(() => setState((s) => (s.key === key ? { key, shown: s.shown + 1 } : s)));
    return () => cancelAnimationFrame(frame);
  }, [key, shown, parts]);
  return Math.min(shown, parts);
}
