/**
 * The Explain journey. On the shared-gate preset (RY(theta) on h0 at each of 4 steps), the
 * keyboard opens Explain from an occurrence of the timeline: focus moves into the panel, two
 * shifted circuits are drawn, the formulas are typeset by KaTeX under the page's Content
 * Security Policy (no violation), the contributions shown add up to the total shown, which
 * is the adjoint value shown; the mistake toggle shows a different number; Escape closes the
 * panel and focus returns to the occurrence. On the sine preset a CRY occurrence, opened by
 * the "Explain this occurrence" button, has four shifted circuits and the four-term rule; a
 * click on a gradient bar opens its occurrence too. Saves e2e/screenshots/explain.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab, screenshotPath, SCREENSHOT } from './fixtures';

const MINUS = '\u2212';
const parse = (text: string | null) => Number((text ?? '').trim().replace(MINUS, '-'));

/** Records Content Security Policy violations from the first script on. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Opens a preset from the Preset menu and waits for the exact analysis of its `steps` steps. */
async function openPreset(page: Page, file: string, steps: number): Promise<void> {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(file);
  await expect(page.getByTestId('timeline-step')).toHaveCount(steps, { timeout: 20_000 });
  await expect(page.getByText('Exact (adjoint) contributions on the first window.')).toBeVisible({ timeout: 20_000 });
}

test('Explain walks an RY occurrence of the shared gate: two shifted circuits, the sum equals the adjoint value, the mistake differs', SCREENSHOT, async ({ page }) => {
  await watchCsp(page);
  await openPreset(page, 'shared-gate.json', 4);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('theta');
  await page.locator('.tl-occurrence[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tl-occurrence:focus')).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Enter');

  const panel = page.getByRole('dialog', { name: 'Explain RY(theta) on h0, step 1' });
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await expect(panel.getByTestId('shifted-circuit')).toHaveCount(2);
  await expect(panel.getByTestId('shifted-circuit').first()).toHaveAccessibleName(/^RY\(theta\) on h0 at step 1, angle shifted by a\+π\/2 to 1\.9708$/);
  await expect(panel.getByTestId('explain-outputs').locator('tbody tr')).toHaveCount(4);

  // KaTeX positions a fraction's numerator over its denominator with inline styles: set
  // through the CSSOM they pass the page's style-src 'self', and the two rows stand apart.
  const fraction = panel.locator('.formula--display .katex-html .mfrac').first();
  await expect(fraction).toBeVisible();
  const rows = await fraction.locator('.vlist > span:has(.mord)').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().top));
  expect(Math.max(...rows) - Math.min(...rows)).toBeGreaterThan(10);
  await expect(panel.locator('.katex-mathml math').first()).toBeAttached();

  const parts = (await panel.getByTestId('explain-contribution').allTextContents()).map(parse);
  expect(parts).toHaveLength(4);
  const sum = parse(await panel.getByTestId('explain-sum').textContent());
  const total = parse(await panel.getByTestId('explain-total').textContent());
  const adjoint = parse(await panel.getByTestId('explain-adjoint').textContent());
  const printed = 0.5e-6;
  expect(Math.abs(parts.reduce((s, v) => s + v, 0) - sum)).toBeLessThanOrEqual(parts.length * printed + 1e-12);
  expect(Math.abs(sum + parse(await panel.getByTestId('explain-head').textContent()) - total)).toBeLessThanOrEqual(2 * printed + 1e-12);
  expect(Math.abs(total - adjoint)).toBeLessThanOrEqual(2 * printed + 1e-12);
  await expect(panel.getByTestId('explain-difference')).toHaveText(/^(0|\d\.\d × 10⁻\S+)$/);

  await panel.getByRole('checkbox', { name: 'Show the common mistake' }).check();
  const mistake = parse(await panel.getByTestId('explain-mistake').textContent());
  expect(Math.abs(mistake - total)).toBeGreaterThan(1e-3);
  await expect(panel.getByTestId('explain-mistake-body')).toContainText('frequencies up to 4');
  expect(await violations(page)).toEqual([]);

  await panel.getByRole('heading', { name: 'Every occurrence of theta' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('explain.png') });

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.tl-occurrence:focus')).toHaveAttribute('data-step', '1');
});

test('Explain on a CRY occurrence of the sine preset shows four shifted circuits and the four-term rule', async ({ page }) => {
  await openPreset(page, 'sine.json', 12);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('c');
  await page.locator('.tl-occurrence.is-chosen').nth(4).hover();
  await page.locator('.card--timeline').getByRole('button', { name: 'Explain this occurrence' }).click();
  const panel = page.getByRole('dialog', { name: 'Explain CRY(c) from h0 to h1, step 4' });
  await expect(panel.getByTestId('shifted-circuit')).toHaveCount(4);
  await expect(panel.locator('[data-tex*="c_1 = \\\\frac{\\\\sqrt2+1}{4\\\\sqrt2}"]')).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'The 4 shifted circuits' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.card--timeline').getByRole('button', { name: 'Explain this occurrence' })).toBeFocused();
});

test('a click on a gradient bar opens Explain on its occurrence', async ({ page }) => {
  await openPreset(page, 'shared-gate.json', 4);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('phi');
  await page.getByTestId('gradient-bars').locator('.bars-bar[data-step="2"]').click();
  const panel = page.getByRole('dialog', { name: 'Explain RX(phi) on d0, step 2' });
  await expect(panel.getByTestId('shifted-circuit')).toHaveCount(2);
  await expect(panel.getByTestId('explain-verdict')).toContainText('gives the adjoint value to');
});

test("a click where the adjoint's dashed mark crosses a bar opens that bar's occurrence", async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('c');
  const bars = page.getByTestId('gradient-bars');
  await expect(bars.locator('.bars-reference')).toHaveCount(1);
  await bars.scrollIntoViewIfNeeded();
  // The point on the mark over the first bar it crosses (sine, c: the mark at the adjoint total runs through the bar of step 2).
  const point = await bars.evaluate((svg) => {
    const line = svg.querySelector('line.bars-reference') as SVGLineElement;
    const y = line.getBoundingClientRect().top + line.getBoundingClientRect().height / 2;
    for (const bar of Array.from(svg.querySelectorAll('rect.bars-bar'))) {
      const box = bar.getBoundingClientRect();
      if (box.top < y && y < box.bottom) return { x: box.left + box.width / 2, y, step: bar.getAttribute('data-step') };
    }
    return null;
  });
  expect(point, 'the mark crosses a bar').not.toBeNull();
  if (!point) return;
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('dialog', { name: new RegExp(`^Explain .*step ${point.step}$`) })).toBeVisible();
});
