/**
 * The L-BFGS journey (docs/spec.md §5.4): the papers' recipe preset shows L-BFGS with its
 * memory in place of the learning rate, a hint, and the batch size disabled; a memory out of
 * range is refused beside its field; with 1000 shots the run stalls in epoch 8 (seed 1) and
 * says why and what to do; switching back to Adam brings the learning rate back.
 */
import { expect, test } from '@playwright/test';
import { openLab } from './fixtures';

test('L-BFGS in the Training panel: memory, hint, a refused memory, and the stall that shots cause', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('bfgs-finite-difference.json');
  await expect(page.getByTestId('optimizer')).toHaveText('L-BFGS');
  await expect(page.getByTestId('gradient-method')).toHaveText('finite-difference');

  const memory = page.getByRole('textbox', { name: 'Memory (curvature pairs)', exact: true });
  await expect(memory).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: 'Learning rate', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('lbfgs-hint')).toHaveText(/one batch, one iteration per epoch; its line search picks the step, so there is no learning rate/);
  await expect(page.getByRole('textbox', { name: 'Batch size', exact: true })).toBeDisabled();

  await memory.fill('0');
  await memory.press('Enter');
  const problem = page.getByRole('alert').filter({ hasText: /^Memory \(curvature pairs\):/ });
  await expect(problem).toHaveText('Memory (curvature pairs): must be an integer from 1 to 100, got 0; it stays 10.');
  await expect(memory).toHaveValue('10');
  await expect(memory).toHaveAttribute('aria-invalid', 'true');

  const shots = page.getByRole('textbox', { name: 'Shots per expectation (blank: exact)', exact: true });
  await shots.fill('1000');
  await shots.press('Enter');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('training-status')).toHaveText('Stalled: paused', { timeout: 60_000 });
  await expect(page.getByTestId('training-epoch')).toHaveText('8');
  const message = page.getByTestId('training-message');
  await expect(message).toContainText('Training stopped in epoch 8: the L-BFGS line search found no step that lowers the loss after 20 halvings.');
  await expect(message).toContainText('Use exact gradients (adjoint, or parameter-shift without shots) or more shots.');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();

  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('adam');
  await expect(page.getByRole('textbox', { name: 'Learning rate', exact: true })).toHaveValue('0.05');
  await expect(memory).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Batch size', exact: true })).toBeEnabled();
});
