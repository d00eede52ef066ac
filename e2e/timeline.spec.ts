/**
 * The timeline and gradients journey on the sine preset (12 steps, parameters a, b, c, j, d
 * each bound once per step): the timeline shows the 12 steps with their x_t labels;
 * choosing a parameter lights its 12 occurrences, and hovering or focusing one reads it out
 * as "… step k: contribution …"; the gradient bars add up to the total they show, which
 * equals the adjoint reference; the outputs chart continues with the free-running forecast;
 * the hidden-register view's chunk (with three.js) is fetched only when its card opens, and
 * its Step slider moves the marker; without WebGL the view lists the vectors as numbers.
 * Saves the lab's screenshots at 1440x900 and a tablet size, in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab, screenshotPath, SCREENSHOT, SINE_WINDOW } from './fixtures';

const timelineSteps = (page: Page) => page.getByTestId('timeline-step');
const chosenOccurrences = (page: Page) => page.locator('.tl-occurrence.is-chosen');
const READOUT = /^[A-Z]+\([^)]*\) (on|from) [dh]\d.*, step \d+: contribution \u2212?\d\.\d{3}/;

/** Opens the lab and waits until the exact analysis has coloured the timeline. */
async function openTimeline(page: Page): Promise<void> {
  await openLab(page);
  await expect(timelineSteps(page)).toHaveCount(SINE_WINDOW);
  await expect(page.getByText('Exact (adjoint) contributions on the first window.')).toBeVisible({ timeout: 20_000 });
}

test('the timeline shows the T steps of the first window, each with its x_t', async ({ page }) => {
  await openTimeline(page);
  const labels = await page.getByTestId('timeline-input').allTextContents();
  expect(labels).toHaveLength(SINE_WINDOW);
  labels.forEach((label, t) => expect(label).toMatch(new RegExp(`^x${String(t).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)])} \u2212?\\d\\.\\d{2}$`)));
  await expect(timelineSteps(page).nth(0)).toContainText('not scored');
  await expect(timelineSteps(page).nth(5)).toContainText('\u2192');
});

test('the outputs chart continues with a free-running forecast of one window', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByTestId('forecast-point')).toHaveCount(SINE_WINDOW);
  await expect(page.getByRole('img', { name: /Free-running forecast of 12 more steps\.$/ })).toBeVisible();
});

test('choosing a parameter lights its occurrences, and hover and focus read one out', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('c');
  await expect(chosenOccurrences(page)).toHaveCount(SINE_WINDOW);
  const fills = await chosenOccurrences(page).locator('.tl-box').evaluateAll((boxes) => boxes.map((b) => (b as SVGElement).style.fill));
  expect(fills.every((f) => f.startsWith('color-mix'))).toBe(true);

  const readout = page.getByTestId('timeline-readout');
  await chosenOccurrences(page).nth(3).hover();
  await expect(page.getByTestId('timeline-tooltip')).toHaveText(/^CRY\(c\) from h0 to h1, step 3: contribution \u2212?\d\.\d{3}/);
  await expect(readout).toHaveText(READOUT);

  const first = page.locator('.tl-occurrence[tabindex="0"]');
  await first.focus();
  await expect(readout).toHaveText(/, step 0: contribution /);
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(/^CRY\(c\) from h0 to h1, step 1: contribution \u2212?\d\.\d{3}/);
  await page.keyboard.press('End');
  await expect(readout).toHaveText(/, step 11: contribution /);
  await expect(page.locator('.tl-occurrence:focus')).toHaveAttribute('data-step', '11');
});

test('zoom buttons and Ctrl+wheel widen and narrow the timeline', async ({ page }) => {
  await openTimeline(page);
  const width = () => page.locator('.tl-svg').evaluate((svg) => Number(svg.getAttribute('width')));
  const before = await width();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await width()).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await width()).toBeCloseTo(before, 0);
  await page.getByTestId('timeline').hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeLessThan(before);
});

test('the gradient bars add up to the total they show, which is the adjoint gradient', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('a');
  const bars = page.getByTestId('gradient-bars');
  await expect(bars.locator('.bars-bar')).toHaveCount(SINE_WINDOW);
  const parts = await bars.locator('.bars-bar, .bars-head').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-contribution'))));
  const total = Number(await bars.locator('.bars-total').getAttribute('data-total'));
  const sum = parts.reduce((s, v) => s + v, 0);
  expect(Math.abs(sum - total)).toBeLessThan(1e-12);
  const shown = (await bars.locator('.bars-sum').textContent()) ?? '';
  expect(shown).toMatch(/^dL\/da = Σ \u2212?\d\.\d{3}$/);
  expect(Number(shown.replace(/^.*Σ /, '').replace('\u2212', '-'))).toBeCloseTo(sum, 3);
  const reference = (await bars.locator('.bars-reference-label').textContent()) ?? '';
  expect(reference.replace('adjoint ', '')).toBe(shown.replace(/^.*Σ /, ''));

  await page.getByRole('tab', { name: 'Heat map' }).click();
  await expect(page.getByTestId('heatmap').locator('.heatmap-cell')).toHaveCount(5 * SINE_WINDOW);
  await page.getByTestId('heatmap').locator('.heatmap-cell[data-param="j"][data-step="4"]').click();
  await expect(page.getByRole('combobox', { name: 'Parameter' })).toHaveValue('j');
  await page.getByRole('tab', { name: 'Memory' }).click();
  await expect(page.getByTestId('memory-chart').locator('.memory-factor')).toHaveText(/^× \d\.\d{3} per step: memory (fades|grows|holds)$/);
});

test('the hidden-register view loads three.js only when opened, and the Step slider moves the marker', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (/BlochView-[\w-]+\.js$/.test(request.url())) chunks.push(request.url());
  });
  await openTimeline(page);
  expect(chunks).toEqual([]);
  await page.getByRole('button', { name: 'Show Bloch balls' }).click();
  await expect.poll(() => chunks.length).toBe(1);
  const slider = page.getByRole('slider', { name: 'Step' });
  await expect(slider).toHaveValue('0');
  const canvas = page.getByTestId('bloch-canvas');
  await expect(canvas).toBeVisible();
  const readout = page.getByTestId('bloch-readout');
  const before = await readout.textContent();
  const pixelsBefore = await canvas.screenshot();
  await slider.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-step', '6');
  await expect(page.getByTestId('bloch-step')).toHaveText('6');
  expect(await readout.textContent()).not.toBe(before);
  await expect.poll(async () => (await canvas.screenshot()).equals(pixelsBefore)).toBe(false);
});

test('without WebGL the hidden-register view lists the Bloch vectors as numbers', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return kind.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
  });
  await openTimeline(page);
  await page.getByRole('button', { name: 'Show Bloch balls' }).click();
  const fallback = page.getByTestId('bloch-fallback');
  await expect(fallback).toContainText('cannot draw WebGL');
  await expect(fallback.locator('tbody tr')).toHaveCount(SINE_WINDOW);
  await expect(fallback.locator('tbody tr').first()).toContainText(/\d\.\d{3}, \u2212?\d\.\d{3}, \u2212?\d\.\d{3}/);
  await page.getByRole('slider', { name: 'Step' }).fill('4');
  await expect(fallback.locator('tr[aria-current="step"] th')).toHaveText('4');
});

for (const [size, viewport] of [['1440', { width: 1440, height: 900 }], ['tablet', { width: 820, height: 1180 }]] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot lab-${size}-${theme}`, SCREENSHOT, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await openTimeline(page);
      await page.getByRole('combobox', { name: 'Parameter' }).selectOption('c');
      await page.getByRole('button', { name: 'Show Bloch balls' }).click();
      await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible();
      await page.getByRole('slider', { name: 'Step' }).fill('4');
      await page.locator('.card--timeline').evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await chosenOccurrences(page).nth(3).focus();
      await page.keyboard.press('ArrowRight');
      await page.screenshot({ path: screenshotPath(`lab-${size}-${theme}.png`) });
    });
  }
}
