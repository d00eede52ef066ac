/**
 * One screen to watch training (TensorFlow Playground's rule): at 1440x900 and at 820x1180,
 * after Play on the default preset, the cell, Play / Pause / Step and both charts are inside
 * the viewport without scrolling. On a phone the lab is for watching and stepping: a tab bar
 * chooses the view, the run stays on every view, every tap target is at least 24 x 24 px
 * and no text is set under 11 px. Skip links lead to the cell editor and the run.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLab, SCREENSHOT, screenshotPath } from './fixtures';

async function inViewport(page: Page, locator: Locator, name: string): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${name} is drawn`).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${name} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${name} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} ends inside the viewport (${Math.round(box.y + box.height)} of ${viewport.height})`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${name} ends inside the viewport`).toBeLessThanOrEqual(viewport.width);
}

/** Presses Play and waits for the run's first epochs. */
async function play(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await page.getByTestId('training-epoch').textContent()), { timeout: 20_000 }).toBeGreaterThan(1);
}

for (const [label, width, height] of [['desktop', 1440, 900], ['tablet', 820, 1180]] as const) {
  test(`${label} ${width}x${height}: the cell, Play, Pause, Step and both charts are on the first screen while training`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page);
    await play(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inViewport(page, page.getByTestId('cell-diagram'), 'the cell diagram');
    for (const name of ['Play', 'Pause', 'Step']) await inViewport(page, page.getByRole('button', { name, exact: true }), `the ${name} button`);
    await inViewport(page, page.getByRole('region', { name: 'Outputs per step' }), 'the outputs chart');
    await inViewport(page, page.getByRole('region', { name: 'Loss per epoch' }), 'the loss chart');
    await page.screenshot({ path: screenshotPath(`layout-${label}.png`) });
  });

  test(`${label} ${width}x${height}, a QLSTM: its cell, the run's buttons and both charts are on the first screen while training`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page);
    await page.getByRole('combobox', { name: 'Preset' }).selectOption('qlstm-sine.json');
    await expect(page.getByRole('radio', { name: 'QLSTM' })).toBeChecked();
    await play(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inViewport(page, page.getByRole('group', { name: /^One step of the QLSTM/ }), 'the QLSTM cell');
    for (const name of ['Play', 'Pause', 'Step']) await inViewport(page, page.getByRole('button', { name, exact: true }), `the ${name} button`);
    await inViewport(page, page.getByRole('region', { name: 'Outputs per step' }), 'the outputs chart');
    await inViewport(page, page.getByRole('region', { name: 'Loss per epoch' }), 'the loss chart');
  });
}

for (const [width, height] of [[1024, 768], [820, 1180], [390, 844]] as const) {
  test(`${width}x${height}: the top bar keeps its height while the status changes, so nothing under a finger moves`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Every frame from the first, the bar's height and what its status said.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { barHeights: string[] }).barHeights = seen;
      const sample = () => {
        const bar = document.querySelector('header.topbar');
        const status = document.querySelector('.status-group')?.textContent ?? '';
        if (bar) seen.push(`${bar.getBoundingClientRect().height} ${status}`);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto('/');
    await expect(page.getByText('Simulated in the worker')).toBeVisible({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    const samples = await page.evaluate(() => (window as unknown as { barHeights: string[] }).barHeights);
    const heights = new Map<string, string>();
    for (const s of samples) {
      const [h, ...status] = s.split(' ');
      if (!heights.has(h)) heights.set(h, status.join(' '));
    }
    expect(samples.some((s) => s.includes('Simulated')), 'the status was sampled after the simulation').toBe(true);
    expect([...heights.entries()].map(([h, status]) => `${h} px with "${status}"`)).toHaveLength(1);
  });
}

/** Opens the lab on a phone, where the Cell tab shows the diagram and not the charts. */
async function openOnPhone(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('cell-diagram')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Simulated in the worker')).toBeVisible({ timeout: 20_000 });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tab bar chooses the cell, the training settings or the plots, and the run stays on every tab', async ({ page }) => {
    await openOnPhone(page);
    const tabs = page.getByRole('tablist', { name: 'Views' });
    await expect(tabs.getByRole('tab', { name: 'Cell' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('cell-diagram')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Loss per epoch' })).toBeHidden();

    await tabs.getByRole('tab', { name: 'Plots' }).tap();
    await expect(page.getByRole('region', { name: 'Loss per epoch' })).toBeVisible();
    await expect(page.getByTestId('cell-diagram')).toBeHidden();
    await page.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect(page.getByTestId('training-epoch')).toHaveText('1');

    await tabs.getByRole('tab', { name: 'Training' }).tap();
    await expect(page.getByRole('heading', { name: 'Training settings' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('Plots tab: the loss chart is on the first screen with the run strip while training', async ({ page }) => {
    await openOnPhone(page);
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Plots' }).tap();
    await page.getByRole('button', { name: 'Play', exact: true }).tap();
    await expect.poll(async () => Number(await page.getByTestId('training-epoch').textContent()), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inViewport(page, page.getByRole('button', { name: 'Pause', exact: true }), 'the Pause button');
    await inViewport(page, page.getByRole('region', { name: 'Loss per epoch' }), 'the loss chart');
  });

  for (const [model, tab] of ['QRNN', 'QLSTM'].flatMap((m) => ['Cell', 'Training', 'Plots'].map((t) => [m, t] as const))) {
    test(`${model === 'QLSTM' ? 'QLSTM, ' : ''}${tab} tab: no tap target under 24 x 24 px and no text under 11 px`, model === 'QRNN' ? SCREENSHOT : {}, async ({ page }) => {
      await openOnPhone(page);
      if (model === 'QLSTM') {
        // The QLSTM's own views: its cell drawn at its size (scrolling sideways), its circuits and memory chart.
        await page.getByRole('combobox', { name: 'Preset' }).selectOption('qlstm-sine.json');
        await expect(page.getByRole('radio', { name: 'QLSTM' })).toBeChecked();
        await expect(page.getByText('Simulated in the worker')).toBeVisible({ timeout: 20_000 });
      }
      await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: tab }).tap();
      if (model === 'QLSTM' && tab === 'Plots') await expect(page.locator('.qlstm-states-svg')).toBeVisible();
      // A circuit of the QLSTM open too, so its gates' text is measured as well.
      if (model === 'QLSTM' && tab === 'Cell') await page.getByRole('button', { name: /^VQC_f \(forget gate\): show its circuit/ }).tap();
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const visible = (e: Element) => {
          const r = e.getBoundingClientRect();
          const style = getComputedStyle(e);
          return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !e.closest('[inert], .visually-hidden, .skip-link');
        };
        const name = (e: Element) => `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`;
        // Tap targets: controls and their labels (a checkbox's label is its target).
        for (const e of Array.from(document.querySelectorAll('button, a[href], select, input, summary, [role="tab"], [role="button"]'))) {
          if (!visible(e)) continue;
          const target = e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') ?? e) : e;
          const r = target.getBoundingClientRect();
          if (r.width < 24 || r.height < 24) out.push(`target ${name(e)} is ${Math.round(r.width)} x ${Math.round(r.height)}`);
        }
        // Text: HTML text by its computed size, SVG text by its size on screen.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
          let size = parseFloat(getComputedStyle(parent).fontSize);
          const svg = parent.closest('svg');
          if (svg && parent instanceof SVGElement) size *= svg.getScreenCTM()?.a ?? 1;
          if (size < 10.95) out.push(`text "${node.textContent.trim().slice(0, 30)}" is ${size.toFixed(1)} px`);
        }
        return [...new Set(out)];
      });
      expect(problems).toEqual([]);
      if (model === 'QRNN') await page.screenshot({ path: screenshotPath(`lab-phone-${tab.toLowerCase()}.png`) });
    });
  }
});

test('skip links lead to the cell editor and to the training controls', async ({ page }) => {
  await openLab(page);
  await page.keyboard.press('Tab');
  const toCell = page.getByRole('link', { name: 'Skip to the cell editor' });
  await expect(toCell).toBeFocused();
  await expect(toCell).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('application', { name: 'Cell editor' })).toBeFocused();

  await page.reload();
  await expect(page.getByTestId('output-point').first()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toRun = page.getByRole('link', { name: 'Skip to the training controls' });
  await expect(toRun).toBeFocused();
  await expect(toRun).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
});

test('a first visit shows where to start; the hint goes once dismissed and stays gone after a reload', async ({ page }) => {
  await openLab(page);
  const hint = page.getByRole('complementary', { name: 'Start here' });
  await expect(hint).toContainText('Press Play');
  await hint.getByRole('button', { name: 'Got it' }).click();
  await expect(hint).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('output-point').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('complementary', { name: 'Start here' })).toBeHidden();
});

test('a first run puts the hint away for good: Reset and a reload do not bring it back', async ({ page }) => {
  await openLab(page);
  const hint = page.getByRole('complementary', { name: 'Start here' });
  await expect(hint).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('training-epoch')).toHaveText('1');
  await expect(hint).toBeHidden();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByTestId('training-epoch')).toHaveText('0');
  await expect(hint).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('output-point').first()).toBeVisible({ timeout: 20_000 });
  await expect(hint).toBeHidden();
});
