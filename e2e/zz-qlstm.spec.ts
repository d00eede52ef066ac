import { expect, test } from '@playwright/test';
import { openLab } from './fixtures';

test('qlstm look', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLab(page);
  await page.getByRole('radio', { name: 'QLSTM' }).check();
  await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: '/tmp/shots/qlstm-1440.png', fullPage: true });
  await page.getByRole('heading', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/qlstm-1440-low.png' });
  await page.getByRole('button', { name: /VQC_y.*show its circuit/ }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/qlstm-1440-y.png', fullPage: true });
  console.log(errors.join('\n'));
});
