/**
 * Wording and numbers as a student reads them: counts agree with their nouns ("1 step",
 * "1 hidden qubit"); the slot readout and the inspector number a gate and its slot the same
 * way; the hidden-register card says what the arrow's length and the purity are, and names
 * each ball by its wire; the Explain sheet of a model without hidden qubits does not speak
 * of a hidden register; the method comparison defines rmse and std so that the table's
 * numbers satisfy rmse² = bias² + std², and an immediate Cancel says that nothing finished;
 * a link with lock=cell tells no one to drag from the (inert) palette.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellDiagram, openLab, SINE_WINDOW } from './fixtures';
import { presetJson, readableLink } from './shareFixtures';

const MINUS = '\u2212';
const parse = (text: string | null) => Number((text ?? '').trim().replace(MINUS, '-'));
const ADJOINT_READY = 'Exact (adjoint) contributions on the first window.';

/** Opens the lab on the readable link of `experiment` (plus `flags`) and waits for its analysis. */
async function openLink(page: Page, experiment: unknown, flags = ''): Promise<void> {
  await page.goto(readableLink(experiment, flags));
  await expect(page.getByTestId('output-point').first()).toBeVisible({ timeout: 20_000 });
}

test('counts agree with their nouns in the Model panel and the cell diagram', async ({ page }) => {
  const sine = presetJson('sine.json') as unknown as { loss: { washout: number } };
  sine.loss.washout = 1;
  await openLink(page, sine);
  await expect(page.getByRole('region', { name: 'Model', exact: true }).getByText('Washout').locator('..')).toHaveText(/Washout\s*1 step$/);

  await openLink(page, presetJson('shared-gate.json'));
  await expect(cellDiagram(page)).toHaveAccessibleName(/^Cell diagram: 1 data qubit and 1 hidden qubit, \d+ gates?, /);
});

test('the slot readout and the inspector number a gate and its slot alike, from 1', async ({ page }) => {
  await openLab(page);
  await cellDiagram(page).getByRole('img', { name: 'RY(b) on h1', exact: true }).click();
  const readout = page.getByTestId('slot-readout');
  await expect(readout).toHaveText(/^wire h1, slot 1: gate 3, RY\(b\) on h1/);
  const heading = page.getByRole('heading', { name: /^Gate 3/ });
  await expect(heading).toHaveText(/^Gate 3, slot 1\s*RY\(b\) on h1$/);
});

test('the hidden-register card defines length and purity, and names each ball by its wire', async ({ page }) => {
  await openLab(page);
  await expect(page.getByText(ADJOINT_READY)).toBeVisible({ timeout: 20_000 });
  const card = page.getByRole('region', { name: 'Hidden register' });
  await expect(card).not.toContainText('its length is the purity');
  await expect(card).toContainText('|r| = 1 for a pure state');
  await expect(card).toContainText('purity (1 + |r|²)/2');
  await page.getByRole('button', { name: 'Show Bloch balls' }).click();
  const wires = card.getByRole('list', { name: 'Wires of the balls, left to right' });
  await expect(wires.getByRole('listitem')).toHaveText(['h0', 'h1']);
  await expect(card.getByRole('img', { name: /^Bloch balls of hidden wires h0 and h1, left to right, after step 0$/ })).toBeVisible();
  await expect(page.getByTestId('bloch-readout').getByRole('listitem').first()).toHaveText(/^h0: \(.*\), \|r\| \d\.\d{3}, purity \d\.\d{3}$/);
});

test('Explain on a model without hidden qubits does not speak of a hidden register', async ({ page }) => {
  await openLink(page, presetJson('one-qubit.json'));
  await expect(page.getByText(ADJOINT_READY)).toBeVisible({ timeout: 20_000 });
  await page.locator('.tl-occurrence[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Explain RY(theta) on d0, step 0' });
  await expect(panel.getByTestId('explain-outputs')).toBeVisible();
  await expect(panel).toContainText('(1 step)');
  await expect(panel).toContainText('no hidden qubits');
  await expect(panel).not.toContainText(/hidden register/i);
});

test('the comparison defines rmse and std so that rmse² = bias² + std² holds in the table', async ({ page }) => {
  await openLab(page, SINE_WINDOW);
  await expect(page.getByText(ADJOINT_READY)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Compare methods' }).click();
  const panel = page.getByRole('dialog', { name: 'Compare methods for dL/da' });
  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('100');
  await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('3');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await expect(panel.getByTestId('compare-status')).toHaveText('Done: 5 configurations.', { timeout: 30_000 });
  await expect(panel).toContainText('rmse is the root mean squared error of the estimates against the exact value; std is their population standard deviation (divided by n, not n − 1), so rmse² = bias² + std².');
  const table = panel.getByRole('table');
  const header = await table.getByRole('columnheader').allTextContents();
  const col = (name: string) => header.indexOf(name);
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('th, td').allTextContents();
    const [bias, std, rmse] = [parse(cells[col('bias')]), parse(cells[col('std')]), parse(cells[col('rmse')])];
    // Each number is printed to 4 decimals: allow their rounding, not a factor n / (n − 1).
    expect(Math.abs(rmse * rmse - (bias * bias + std * std))).toBeLessThanOrEqual(2e-4 * (rmse + Math.abs(bias) + std) + 1e-7);
  }
});

test('a comparison cancelled before anything finished says so', async ({ page }) => {
  await openLab(page);
  await expect(page.getByText(ADJOINT_READY)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Compare methods' }).click();
  const panel = page.getByRole('dialog', { name: 'Compare methods for dL/da' });
  await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('100000');
  await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('200');
  await panel.getByRole('button', { name: 'Run comparison' }).click();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('compare-status')).toHaveText('Cancelled before any configuration finished.');
  await expect(panel.getByRole('button', { name: 'Run comparison' })).toBeEnabled();
});

test('with lock=cell no hint asks to drag from the palette', async ({ page }) => {
  await openLink(page, presetJson('sine.json'), '&lock=cell');
  await expect(page.getByText('Locked by the link').first()).toBeVisible();
  await expect(page.getByText(/drag a gate from the palette/i)).toHaveCount(0);
  await expect(page.getByText('This cell is locked by the link, so there is nothing to place or edit here: study the diagram, the timeline and the plots.')).toBeVisible();
});
