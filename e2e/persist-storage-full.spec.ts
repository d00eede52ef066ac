/**
 * A full browser storage never costs the autosaved work (docs/sharing.md §4): with the
 * origin's storage filled to the last bytes, opening a share link, in a new tab or in the
 * same one, leaves the autosaved experiment where it was, says so in the message bar until
 * the message is dismissed, and offers the old work under Saved experiments.
 */
import { expect, test, type Page } from '@playwright/test';
import { autosavedAs, experimentName, presetJson, readableLink } from './shareFixtures';

const RESERVOIR = presetJson('reservoir.json').name;
const ONE_QUBIT = presetJson('one-qubit.json').name;

/** Fills the origin's localStorage until not even 8 more characters fit. */
async function fillStorage(page: Page): Promise<void> {
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length >= 8) {
      try {
        localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return i;
  });
  expect(filled).toBeGreaterThan(0);
}

/** Opens the lab on the reservoir preset (the larger experiment) and waits for its autosave. */
async function reservoirAutosaved(page: Page): Promise<void> {
  await page.goto('/');
  await expect(experimentName(page)).toHaveText(presetJson('sine.json').name, { timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('reservoir.json');
  await expect(experimentName(page)).toHaveText(RESERVOIR);
  await autosavedAs(page, RESERVOIR);
}

async function expectOffered(page: Page, message: RegExp): Promise<void> {
  const bar = page.getByRole('alert').filter({ hasText: message });
  await expect(bar).toBeVisible({ timeout: 20_000 });
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qrnn-lab:autosave')).map((k) => JSON.parse(JSON.parse(localStorage.getItem(k) ?? '{}').text).name));
  expect(stored).toContain(RESERVOIR);

  await page.getByRole('button', { name: 'Saved experiments' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved experiments' });
  await expect(dialog.getByRole('list', { name: 'Autosaved work' }).getByText(RESERVOIR)).toBeVisible();
  await dialog.getByRole('button', { name: `Open autosaved ${RESERVOIR}` }).click();
  await expect(experimentName(page)).toHaveText(RESERVOIR);
  // The message stays until it is read and dismissed.
  await expect(bar).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss the storage message' }).click();
  await expect(bar).toHaveCount(0);
}

test('storage full, then a link in a new tab: the autosaved work is not overwritten and the page says so', async ({ context }) => {
  const first = await context.newPage();
  await reservoirAutosaved(first);
  await fillStorage(first);

  const second = await context.newPage();
  await second.goto(readableLink(presetJson('one-qubit.json')));
  await expect(experimentName(second)).toHaveText(ONE_QUBIT, { timeout: 20_000 });
  await expectOffered(second, /storage for this page is full/);
});

test('storage full, then a link in the same tab: the work it displaces stays in its slot, with a message', async ({ page }) => {
  await reservoirAutosaved(page);
  await fillStorage(page);
  // A new document in the same tab (its session storage, so its autosave slot, is kept).
  await page.goto('about:blank');
  await page.goto(readableLink(presetJson('one-qubit.json')));
  await expect(experimentName(page)).toHaveText(ONE_QUBIT, { timeout: 20_000 });
  await expectOffered(page, new RegExp(`'${RESERVOIR.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}', the work autosaved before this link was opened, could not be copied`));
});
