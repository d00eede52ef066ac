/**
 * The hostile-input journeys of the "Nothing lost, nothing frozen" issue: a share link whose
 * cell holds 5,000 gates, and a one-row CSV of 200,000 columns, are each refused with a
 * message that names what is wrong, the current experiment stays as it was, and the page
 * never freezes meanwhile: no main-thread task lasts a second or more (a PerformanceObserver
 * for `longtask`, installed before the page's first script).
 */
import { expect, test, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { openLab } from './fixtures';
import { autosavedAs, experimentName, linkFragment, presetJson } from './shareFixtures';

/** The longest main-thread task the page may have, in milliseconds. */
const FROZEN_MS = 1000;

/** Starts recording the duration of every long task of `page` (each is over 50 ms), from before its first script. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    Object.assign(window, { __longTasks: { tasks, observer } });
  });
}

/** The longest task recorded since `since` (a `performance.now()` time of the page), 0 if none. */
const longestTaskSince = (page: Page, since = 0) =>
  page.evaluate((from) => {
    const { tasks, observer } = (window as unknown as { __longTasks: { tasks: { start: number; duration: number }[]; observer: PerformanceObserver } }).__longTasks;
    for (const entry of observer.takeRecords()) tasks.push({ start: entry.startTime, duration: entry.duration });
    return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
  }, since);

/** The alert that says a link, file or CSV was not loaded. */
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'was not loaded' });

/** A compressed share link (`#e=1.`) to `experiment`, as the lab writes them. */
const compressedLink = (experiment: unknown) => `/#e=1.${deflateRawSync(JSON.stringify(experiment)).toString('base64url')}`;

test('a share link with a 5,000-gate cell is refused naming model.cell, the experiment stays, and the page never freezes', async ({ context }) => {
  const oneQubit = presetJson('one-qubit.json').name;
  const first = await context.newPage();
  await openLab(first);
  await first.getByRole('combobox', { name: 'Preset' }).selectOption('one-qubit.json');
  await autosavedAs(first, oneQubit);
  await first.close();

  const sine = presetJson('sine.json') as unknown as { model: { cell: unknown[] } };
  sine.model.cell = Array.from({ length: 5000 }, () => ({ gate: 'RY', wires: [0], angle: { param: 'a' } }));
  const link = compressedLink(sine);
  expect(link.length).toBeLessThan(2000); // a short link: the cap on fragments does not catch it

  const page = await context.newPage();
  await recordLongTasks(page);
  await page.goto(link);
  await expect(refusal(page)).toContainText("The link was not loaded: the link's experiment is invalid: model.cell: has 5,000 gates but a cell may hold at most 300");
  await expect(refusal(page)).toContainText('The current experiment is unchanged.');
  await expect(experimentName(page)).toHaveText(oneQubit);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  const longest = await longestTaskSince(page);
  test.info().annotations.push({ type: 'longest main-thread task (ms)', description: String(longest) });
  expect(longest).toBeLessThan(FROZEN_MS);
});

test('a one-row CSV of 200,000 columns is refused naming the count and the cap, the experiment stays, and the page never freezes', async ({ page }) => {
  await recordLongTasks(page);
  await openLab(page);
  const name = await experimentName(page).textContent();
  const summary = page.getByTestId('data-summary');
  await expect(summary).toHaveText('sine wave, window 12, horizon 1, split 0.75');
  const fragment = await linkFragment(page);

  const row = `${Array.from({ length: 200_000 }, (_, c) => (c % 10) / 10).join(',')}\n`;
  const since = await page.evaluate(() => performance.now());
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load CSV', exact: true }).click()]);
  await chooser.setFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(row) });
  await expect(refusal(page)).toContainText('wide.csv was not loaded: row 1 has 200,000 columns; at most 1,000 are allowed.');
  await expect(refusal(page)).toContainText('The current experiment is unchanged.');
  await expect(page.getByRole('dialog', { name: 'Choose a CSV column' })).toHaveCount(0);
  await expect(summary).toHaveText('sine wave, window 12, horizon 1, split 0.75');
  await expect(experimentName(page)).toHaveText(name ?? '');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await page.evaluate(() => location.hash)).toBe(fragment);
  const longest = await longestTaskSince(page, since);
  test.info().annotations.push({ type: 'longest main-thread task (ms)', description: String(longest) });
  expect(longest).toBeLessThan(FROZEN_MS);
});
