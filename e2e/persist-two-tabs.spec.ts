/**
 * Two tabs keep their own work (docs/sharing.md §4): each autosaves into its own slot, so
 * the later writer does not wipe the other; each reloads into its own experiment; the other
 * tab's work is listed under Saved experiments (kept current by the `storage` event); and a
 * fresh tab opens the newest work and offers both.
 */
import { expect, test, type Page } from '@playwright/test';
import { autosavedAs, experimentName, presetJson } from './shareFixtures';

const ONE_QUBIT = presetJson('one-qubit.json').name;
const SEQUENCE = presetJson('sequence.json').name;

async function openWith(page: Page, preset: string, name: string): Promise<void> {
  await page.goto('/');
  // Ready once the worker has simulated what the page opened with: a preset chosen before
  // that (the heading reads "QRNN Lab" until then) would be replaced by the restored work.
  await expect(page.getByText('Simulated in the worker')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(preset);
  await expect(experimentName(page)).toHaveText(name);
  await autosavedAs(page, name);
}

const autosavedList = (page: Page) => page.getByRole('dialog', { name: 'Saved experiments' }).getByRole('list', { name: 'Autosaved work' });

test('two tabs editing different experiments both keep their work, and a fresh tab offers both', async ({ context }) => {
  const a = await context.newPage();
  await openWith(a, 'one-qubit.json', ONE_QUBIT);
  const b = await context.newPage();
  await openWith(b, 'sequence.json', SEQUENCE);

  // Tab A hears B's autosave and lists it.
  await a.getByRole('button', { name: 'Saved experiments' }).click();
  await expect(autosavedList(a).getByText(SEQUENCE)).toBeVisible();
  await a.keyboard.press('Escape');

  await a.reload();
  await expect(experimentName(a)).toHaveText(ONE_QUBIT, { timeout: 20_000 });
  await b.reload();
  await expect(experimentName(b)).toHaveText(SEQUENCE, { timeout: 20_000 });

  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(experimentName(fresh)).toHaveText(SEQUENCE, { timeout: 20_000 });
  await fresh.getByRole('button', { name: 'Saved experiments' }).click();
  await expect(autosavedList(fresh).getByText(ONE_QUBIT)).toBeVisible();
  await expect(autosavedList(fresh).getByText(SEQUENCE)).toBeVisible();
  await fresh.getByRole('button', { name: `Open autosaved ${ONE_QUBIT}` }).click();
  await expect(experimentName(fresh)).toHaveText(ONE_QUBIT);
});
