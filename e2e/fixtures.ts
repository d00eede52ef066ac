/**
 * Shared helpers for the journeys: open the lab and wait until the default preset has been
 * simulated, count the drawn output points, and say where screenshots go.
 */
import { expect, test, type Page } from '@playwright/test';
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

/**
 * Set (to `1`) only by `npm run screenshots`, which regenerates the README's images: then
 * the journeys tagged {@link SCREENSHOT} write them into `e2e/screenshots/`, which git tracks.
 */
export const WRITE_TRACKED_SCREENSHOTS = process.env.QRNN_SCREENSHOTS === '1';

/** The tag of every journey that takes a README image; `npm run screenshots` runs only these. */
export const SCREENSHOT = { tag: '@screenshot' };

/**
 * Where the journey saves the screenshot `name`: `e2e/screenshots/` under `npm run
 * screenshots`, else the test's own output folder in `test-results/` (ignored by git), so
 * that `npm test` takes the same pictures but never rewrites tracked files.
 */
export function screenshotPath(name: string): string {
  if (WRITE_TRACKED_SCREENSHOTS) return fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));
  return test.info().outputPath(name);
}

/**
 * Pauses a run that may end on its own at any moment (on two threads a short preset often
 * has): Pause can turn disabled between any check and the click, so a click that finds it
 * disabled is accepted once the run says it finished.
 */
export async function pauseUnlessFinished(page: Page): Promise<void> {
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await pause.click({ timeout: 5_000 }).catch(async (error: unknown) => {
    if (!(await page.getByText(/^Training finished at epoch/).isVisible())) throw error;
  });
}
