/**
 * The Sampling setting (docs/spec.md §6): it appears in the Training panel once shots are set,
 * with its hint; choosing `trajectory` edits `training.gradient.sampling`, and the worker then
 * trains with trajectory sampling, giving the same history, bit for bit, as `qrnn train` on a
 * file with the same settings.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openLab } from './fixtures';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** What `qrnn train --json` prints for the sine preset with 100 shots, trajectory sampling and 2 epochs. */
function commandLineHistory(): unknown[] {
  const sine = JSON.parse(readFileSync(join(REPO, 'public/experiments/sine.json'), 'utf8')) as { training: { gradient: object; epochs: number } };
  sine.training.gradient = { ...sine.training.gradient, shots: 100, sampling: 'trajectory' };
  sine.training.epochs = 2;
  const file = join(mkdtempSync(join(tmpdir(), 'qrnn-sampling-')), 'sine.json');
  writeFileSync(file, JSON.stringify(sine));
  const output = execFileSync('npm', ['run', '--silent', 'qrnn', '--', 'train', file, '--json'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
  return (JSON.parse(output) as { history: unknown[] }).history;
}

test('Sampling shows with shots; trajectory is trained in the worker as the command line trains it', async ({ page }) => {
  await openLab(page);
  const sampling = page.getByLabel('Sampling', { exact: true });
  await expect(sampling).toHaveCount(0);
  const shots = page.getByLabel('Shots per expectation (blank: exact)');
  await shots.fill('100');
  await shots.press('Enter');
  await expect(sampling).toHaveValue('independent');
  await expect(page.getByText('trajectory: one run per shot, as a QPU — steps correlated')).toBeVisible();
  await sampling.selectOption('trajectory');
  await expect(sampling).toHaveValue('trajectory');

  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill('2');
  await epochs.press('Enter');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab.status()), { timeout: 60_000 }).toBe('finished');
  const history = await page.evaluate(() => (window as unknown as { __qrnnLab: { history(): unknown[] } }).__qrnnLab.history());
  expect(history).toEqual(commandLineHistory());

  // Back to exact expectations: the setting has nothing to choose and hides.
  await shots.fill('');
  await shots.press('Enter');
  await expect(sampling).toHaveCount(0);
});
