/**
 * The app shell journey: the built lab opens on the sine preset, the worker simulates its
 * first window, the cell diagram names its wires and gates, and the theme toggle works.
 * Saves the README's screenshot.
 */
import { expect, test } from '@playwright/test';
import { cellDiagram, openLab, outputPoints, screenshotPath, SCREENSHOT, SINE_WINDOW } from './fixtures';

test('the lab opens on the sine preset and the worker simulates its first window', SCREENSHOT, async ({ page }) => {
  await openLab(page);
  await expect(page).toHaveTitle('Sine prediction, 1 data + 2 hidden · QRNN Lab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sine prediction, 1 data + 2 hidden');
  await expect(outputPoints(page)).toHaveCount(SINE_WINDOW);
  await expect(page.locator('[data-computed-by="worker"]')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Simulated in the worker');
  await expect(page.getByRole('img', { name: /^Outputs against targets per step/ })).toBeVisible();
  await expect(page.getByTestId('loss-value')).toHaveText(/^\d+\.\d{4}$/);
  await page.screenshot({ path: screenshotPath('lab-shell.png') });
});

test('the cell diagram shows the registers and names every gate', async ({ page }) => {
  await openLab(page);
  const diagram = cellDiagram(page);
  for (const wire of ['d0', 'h0', 'h1']) await expect(diagram.getByText(wire, { exact: true })).toBeVisible();
  const gates = ['RY(acos x) on d0', 'RY(a) on h0', 'RY(b) on h1', 'CNOT from d0 to h0', 'CRY(c) from h0 to h1', 'RXX(j) on d0 and h1', 'RY(d) on d0', 'CNOT from h1 to d0'];
  for (const name of gates) await expect(diagram.getByRole('img', { name, exact: true })).toBeVisible();
  await expect(diagram.getByRole('img', { name: /^d0 measured, ⟨Z⟩ read out, and reset to \|0⟩$/ })).toBeVisible();
  const first = diagram.getByRole('img', { name: 'RY(acos x) on d0' });
  await first.focus();
  await expect(first).toBeFocused();
});

test('every control has an accessible name, and the theme toggle switches themes', async ({ page }) => {
  await openLab(page);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('sine.json');
  const toggle = page.getByRole('button', { name: /^Switch to (dark|light) theme$/ });
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(after).not.toBe(before);
  for (const button of await page.getByRole('button').all()) expect(await button.getAttribute('aria-label')).toBeTruthy();
});

test('the dark theme renders the same lab', SCREENSHOT, async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1440, height: 900 } });
  await openLab(page);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('lab-shell-dark.png') });
  await page.close();
});
