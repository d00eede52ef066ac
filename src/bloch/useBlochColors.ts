/**
 * The colours of the Bloch balls, read from the page's theme: a hidden probe element per
 * colour is styled with the theme's custom properties, and its computed `color` (a resolved
 * `rgb()`) is what three.js gets. Re-read when the theme changes (the `data-theme` attribute
 * or the system scheme), so the balls follow both themes.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { BallColors } from './ball';

const read = (probe: HTMLElement | null, part: string) =>
  (probe?.querySelector<HTMLElement>(`[data-color="${part}"]`) && getComputedStyle(probe.querySelector(`[data-color="${part}"]`) as Element).color) || '#888888';

/** The current colours from the probes inside `probeRef`. */
export function useBlochColors(probeRef: RefObject<HTMLElement | null>): BallColors | null {
  const [colors, setColors] = useState<BallColors | null>(null);
  useEffect(() => {
    const update = () => {
      const probe = probeRef.current;
      const next = { surface: read(probe, 'surface'), text: read(probe, 'text'), state: read(probe, 'state') };
      setColors((old) => (old && old.surface === next.surface && old.text === next.text && old.state === next.state ? old : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, [probeRef]);
  return colors;
}
