/**
 * The method comparison journey on the default sine preset: "Compare methods" opens the panel
 * for the chosen parameter; a bad shot list is refused by name; with repeats 6 and shots 100
 * and 1000 the progress bar runs to the end and every configuration (parameter-shift, finite
 * differences at three steps, SPSA, at each shot count) is drawn as six estimates with its
 * mean and spread, and listed in the table. A long run is cancelled mid-way (the pool's workers are
 * stopped) and a new run then finishes. Saves e2e/screenshots/compare.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab, screenshotPath, SCREENSHOT } from './fixtures';

async function openComparison(page: Page) {
  await openLab(page);
  await expect(page.getByText('Exact (adjoint) contributions on the first window.')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Compare methods' }).click();
  const panel = page.getByRole('dialog', { name: 'Compare methods for dL/da' });
  await expect(panel).toBeVisible();
  return panel;
}

test('the comparison runs with progress and draws six estimates per configuration', SCREENSHOT, async ({ page }) => {
  const panel = await openComparison(page);
  await expect(panel.getByRole('textbox', { name: 'Finite-difference steps h' })).toHaveValue('0.5 0.1 0.02');
  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('100 abc');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByRole('alert')).toHaveText(/^Shots: whole numbers/);
  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('100 1000');
  // Out of range: the form's own message beside it, the field marked, no browser pop-up.
  const repeats = panel.getByRole('spinbutton', { name: 'Repeats' });
  await repeats.fill('0');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Repeats: a whole number from 2 to 200.');
  await expect(repeats).toHaveAttribute('aria-invalid', 'true');

  await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('6');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByTestId('compare-status')).toHaveText('Done: 10 configurations.', { timeout: 30_000 });
  const progress = panel.getByRole('progressbar', { name: 'Comparison progress' });
  expect(await progress.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([10, 10]);

  const chart = panel.getByTestId('comparison-chart');
  await expect(chart.locator('.cmp-dot')).toHaveCount(60);
  for (let i = 0; i < 10; i++) await expect(chart.locator(`.cmp-dot[data-config="${i}"]`)).toHaveCount(6);
  await expect(chart.locator('.cmp-mean[data-config]')).toHaveCount(10);
  await expect(chart.locator('.cmp-spread')).toHaveCount(10);
  await expect(chart.locator('.cmp-exact-label')).toHaveText(/^exact \(adjoint\) \u2212?\d\.\d{4}$/);
  await expect(chart.locator('desc')).toContainText('10 configurations of 6 estimates each');
  await expect(panel.getByTestId('compare-table').locator('tbody tr')).toHaveCount(10);
  await expect(panel.getByTestId('compare-table').locator('tbody tr').first()).toContainText('parameter-shift');

  await page.screenshot({ path: screenshotPath('compare.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare methods' })).toBeFocused();
});

test('Cancel stops a long comparison, and the next run finishes', async ({ page }) => {
  const panel = await openComparison(page);
  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('10000 100000');
  await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('200');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByTestId('compare-status')).toHaveText(/^Running on the worker pool: \d+ of 10 configurations done\.$/, { timeout: 20_000 });
  await panel.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(panel.getByTestId('compare-status')).toHaveText(/^Cancelled after \d+ of 10 configurations\.( The finished one is kept below\.| The \d+ finished ones are kept below\.)?$/);
  await expect(panel.getByRole('button', { name: 'Run comparison' })).toBeEnabled();
  // Cancel went away with the run: its focus went to Run comparison, not to the page.
  await expect(panel.getByRole('button', { name: 'Run comparison' })).toBeFocused();

  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('100');
  await panel.getByRole('textbox', { name: 'Finite-difference steps h' }).fill('0.1');
  await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('4');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByTestId('compare-status')).toHaveText('Done: 3 configurations.', { timeout: 30_000 });
  await expect(panel.getByTestId('comparison-chart').locator('.cmp-dot')).toHaveCount(12);
});
