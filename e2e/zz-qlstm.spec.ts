import { expect, test } from '@playwright/test';
import { openLab } from './fixtures';

for (const [name, w, h] of [['1440', 1440, 900], ['tablet', 820, 1180], ['phone', 390, 844]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`qlstm look ${name} ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: w, height: h });
      await openLab(page).catch(() => undefined);
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('qlstm-sine.json');
      if (name === 'phone') {
        await page.getByRole('tab', { name: /Cell/ }).click().catch(() => undefined);
      }
      await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/shots/q-${name}-${scheme}.png` });
      await page.getByRole('heading', { name: 'Timeline' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/q-${name}-${scheme}-tl.png` });
      if (name === 'phone') {
        await page.getByRole('tab', { name: /Plots/ }).click().catch(() => undefined);
        await page.waitForTimeout(500);
        await page.getByRole('heading', { name: 'Classical memory' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/shots/q-${name}-${scheme}-mem.png` });
      }
    });
  }
}
