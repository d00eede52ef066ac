/**
 * The colour theme: the page follows the system's `prefers-color-scheme` through CSS
 * (`color-scheme: light dark` and `light-dark()` in `styles.css`) until the user picks a
 * theme with the toggle; the pick is stored locally and applied as `data-theme` on the root.
 */
import type { Theme } from '../ui/ThemeToggle';

const STORAGE_KEY = 'qrnn-lab.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the user picked earlier, if any. */
export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** The system's preference. */
export function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Applies `theme` to the page and remembers it. */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be unavailable (private mode); the theme still applies to this page.
  }
}

/** Applies a stored pick at start-up; without one the CSS follows the system. */
export function applyStoredTheme(): void {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}

/** Calls `listener` when the system preference changes; returns the unsubscribe function. */
export function onSystemThemeChange(listener: (theme: Theme) => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  const handler = () => listener(query.matches ? 'dark' : 'light');
  query.addEventListener('change', handler);
  return () => query.removeEventListener('change', handler);
}
