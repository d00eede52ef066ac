/**
 * Reload keeps the training run going (docs/sharing.md §4): after Pause, or in the middle of
 * a running run, a reload shows the run paused at the saved epoch with its trained
 * parameters, and Step goes on to the next epoch, appending to the history, exactly as the
 * run would have without the reload (compared bit for bit with a run never reloaded).
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab } from './fixtures';
import { parameterTable, trainingHistory } from './shareFixtures';

const button = (page: Page, name: 'Play' | 'Pause' | 'Step') => page.getByRole('button', { name, exact: true });
const epochCounter = (page: Page) => page.getByTestId('training-epoch');
const status = (page: Page) => page.getByTestId('training-status');
const epochNow = async (page: Page) => Number(await epochCounter(page).textContent());
const params = (page: Page) => page.getByRole('region', { name: 'Parameters' });

/** Steps `n` epochs from the start in a fresh page: the history a run never reloaded has. */
/** Plans `epochs` epochs in the Training settings: the preset's 40 take under a second on two threads, too short to pause by hand. */
async function planEpochs(page: Page, epochs: number): Promise<void> {
  const field = page.getByLabel('Epochs', { exact: true });
  await field.fill(String(epochs));
  await field.press('Enter');
  await expect(field).toHaveValue(String(epochs));
}

async function neverReloaded(page: Page, epochs: number) {
  await openLab(page);
  await planEpochs(page, 400);
  for (let e = 1; e <= epochs; e++) {
    await button(page, 'Step').click();
    await expect(epochCounter(page)).toHaveText(String(e), { timeout: 20_000 });
  }
  return { history: await trainingHistory(page), params: await parameterTable(page) };
}

async function expectContinued(page: Page, at: number, before: { params: string[]; history: unknown[] }) {
  await expect(epochCounter(page)).toHaveText(String(at), { timeout: 20_000 });
  await expect(status(page)).toHaveText('Paused');
  await expect(params(page).getByText(`after epoch ${at}`)).toBeVisible();
  expect(await parameterTable(page)).toEqual(before.params);
  expect(await trainingHistory(page)).toEqual(before.history);
  await button(page, 'Step').click();
  await expect(epochCounter(page)).toHaveText(String(at + 1), { timeout: 20_000 });
  await expect(status(page)).toHaveText('Paused');
  const history = await trainingHistory(page);
  expect(history).toHaveLength(at + 1);
  expect(history.slice(0, at)).toEqual(before.history);
}

test('reload while paused restores the trained parameters, and Step continues from the saved epoch', async ({ page, browser }) => {
  await openLab(page);
  await planEpochs(page, 400);
  await button(page, 'Play').click();
  await expect.poll(() => epochNow(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await button(page, 'Pause').click();
  await expect(status(page)).toHaveText('Paused');
  const at = await epochNow(page);
  const before = { params: await parameterTable(page), history: await trainingHistory(page) };

  await page.reload();
  await expectContinued(page, at, before);

  const fresh = await browser.newPage();
  const reference = await neverReloaded(fresh, at + 1);
  expect(await trainingHistory(page)).toEqual(reference.history);
  expect(await parameterTable(page)).toEqual(reference.params);
  await fresh.close();
});

test('reload while running restores the latest trained parameters and the epoch they belong to', async ({ page }) => {
  await openLab(page);
  // Enough epochs that the run is still running when the page reloads.
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill('400');
  await epochs.press('Enter');
  await button(page, 'Play').click();
  await expect.poll(() => epochNow(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await expect(status(page)).toHaveText('Training…');
  const early = await trainingHistory(page);

  await page.reload();
  // The page saved what it held when it was hidden: at least the epochs seen before.
  await expect(status(page)).toHaveText('Paused', { timeout: 20_000 });
  const at = await epochNow(page);
  expect(at).toBeGreaterThanOrEqual(early.length);
  await expect(params(page).getByText(`after epoch ${at}`)).toBeVisible();
  expect(await parameterTable(page)).not.toEqual(await fileParams(page));
  const history = await trainingHistory(page);
  expect(history).toHaveLength(at);
  expect(history.slice(0, early.length)).toEqual(early);
  await expectContinued(page, at, { params: await parameterTable(page), history });
});

/** The parameter table as the file has it (no run on screen), read from the autosaved text. */
async function fileParams(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = `qrnn-lab:autosave:${sessionStorage.getItem('qrnn-lab:tab')}`;
    const experiment = JSON.parse(JSON.parse(localStorage.getItem(key) ?? '{}').text) as { params: Record<string, number> };
    return Object.keys(experiment.params).map((name) => `${name}=${experiment.params[name]}`);
  });
}
