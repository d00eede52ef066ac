/**
 * Shared helpers for the journeys: open the lab and wait until the default preset has been
 * simulated, count the drawn output points, and save screenshots where the README finds them.
 */
import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** Steps in the first window of the default sine preset (`data.window`). */
export const SINE_WINDOW = 12;

/** The chart's drawn output points, one per simulated step. */
export const outputPoints = (page: Page) => page.getByTestId('output-point');

/** The cell diagram of the current experiment. */
export const cellDiagram = (page: Page) => page.getByTestId('cell-diagram');

/** Opens the lab and waits until the outputs chart shows `steps` points. */
export async function openLab(page: Page, steps = SINE_WINDOW): Promise<void> {
  await page.goto('/');
  await expect(outputPoints(page)).toHaveCount(steps, { timeout: 20_000 });
}

/** Absolute path of a screenshot in `e2e/screenshots/`. */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));
}
