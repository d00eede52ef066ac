/**
 * Defects found by trying the lab as a new user would, each a journey that failed before
 * its fix: a first click that missed because the page moved under the pointer, an
 * experiment that could not be named, a CSV picker that chose the time column, a cell that
 * cannot learn and said nothing, absurd settings that passed in silence.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellDiagram, openLab } from './fixtures';
import { presetJson, readableLink } from './shareFixtures';

const gate = (page: Page, name: string) => cellDiagram(page).getByRole('img', { name, exact: true });

test('the first click on the inspector counts: Delete, the Fixed/Expression switch and "Reads the input"', async ({ page }) => {
  await openLab(page);
  // Clicking a gate focuses the diagram; the next click, on the inspector, takes the focus
  // away, and nothing may move between that mouse-down and its mouse-up.
  await gate(page, 'RY(a) on h0').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('button', { name: 'Delete gate' })).toBeVisible();
  const before = await inspector.boundingBox();
  await inspector.getByRole('button', { name: 'Delete gate' }).click();
  await expect(gate(page, 'RY(a) on h0')).toHaveCount(0);

  await gate(page, 'RY(b) on h1').click();
  const after = await page.getByTestId('inspector').boundingBox();
  expect(after?.y).toBe(before?.y);
  await page.getByRole('radio', { name: 'Fixed' }).click();
  await expect(page.getByRole('radio', { name: 'Fixed' })).toBeChecked();

  await gate(page, 'RY(acos x) on d0').click();
  const reads = page.getByRole('checkbox', { name: /Reads the input/ });
  await expect(reads).toBeChecked();
  await reads.click();
  await expect(reads).not.toBeChecked();
});

test('the experiment can be named in the top bar, undoably; the preset menu says Custom once it is no preset', async ({ page }) => {
  await openLab(page);
  const presets = page.getByRole('combobox', { name: 'Preset' });
  await expect(presets.locator('option:checked')).toHaveText('Sine prediction');
  await page.getByRole('button', { name: 'New empty cell' }).click();
  await expect(presets.locator('option:checked')).toHaveText('Custom');

  const field = page.getByRole('textbox', { name: 'Experiment name' });
  await field.fill('My first recurrent cell');
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My first recurrent cell');
  await expect(page).toHaveTitle('My first recurrent cell · QRNN Lab');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save file' }).click();
  expect((await download).suggestedFilename()).toMatch(/^my-first-recurrent-cell/i);

  await field.fill('   ');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'A name needs at least one character' })).toBeVisible();
  await expect(field).toHaveValue('My first recurrent cell');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field).toHaveValue('Sine prediction, 1 data + 2 hidden');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(presets.locator('option:checked')).toHaveText('Sine prediction');
});

test('a cell that cannot learn says so, and its contributions are zeros, not floating-point noise', async ({ page }) => {
  const experiment = presetJson('sine.json');
  // The sine cell with h1 cut off from the readout: its RY(b) and the RXX between the hidden
  // wires no longer reach d0 in any step.
  const model = experiment.model as { cell: { gate: string; wires: number[]; angle?: unknown }[] };
  model.cell = [
    { gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } },
    { gate: 'RY', wires: [1], angle: { param: 'a' } },
    { gate: 'RY', wires: [2], angle: { param: 'b' } },
    { gate: 'CNOT', wires: [1, 0] },
  ];
  const params = experiment.params as Record<string, number>;
  (experiment as Record<string, unknown>).params = { a: params.a, b: params.b, s: params.s, bias: params.bias };
  await page.goto(readableLink(experiment));
  const note = page.getByTestId('unreachable-note');
  await expect(note).toHaveText(/“b” cannot affect the loss: no gate that uses it reaches a readout/, { timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Parameter' }).selectOption('b');
  const bars = page.getByRole('region', { name: 'Gradients' });
  await expect(bars).toContainText('dL/db = Σ 0.000');
  // No noise and no negative zero ("−0.000"); an axis tick such as −0.0010 is a number, not noise.
  await expect(page.locator('body')).not.toContainText(/e−1[3-9]|e-1[3-9]|−0\.0+(?![0-9])/);
});

test('absurd settings are refused beside their field, in words, and the field shows its value again', async ({ page }) => {
  await openLab(page);
  const rate = page.getByRole('textbox', { name: 'Learning rate', exact: true });
  await rate.fill('1e9');
  await rate.press('Enter');
  const rateProblem = page.getByRole('alert').filter({ hasText: /^Learning rate:/ });
  await expect(rateProblem).toHaveText('Learning rate: must be a number greater than 0 and at most 100, got 1000000000; it stays 0.05.');
  await expect(rate).toHaveValue('0.05');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');

  const epochs = page.getByRole('textbox', { name: 'Epochs', exact: true });
  await epochs.fill('1e9');
  await epochs.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /^Epochs:/ })).toHaveText('Epochs: must be an integer from 0 to 100000, got 1000000000; it stays 40.');
  await expect(epochs).toHaveValue('40');
  await expect(page.locator('.settings-form')).not.toContainText('training.');

  await rate.fill('0.1');
  await rate.press('Enter');
  await expect(rateProblem).toHaveCount(0);
  await expect(rate).toHaveValue('0.1');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
});

test('after Step every view shows the new parameters: the Model panel loss and the timeline follow the latest epoch', async ({ page }) => {
  await openLab(page);
  const loss = page.getByTestId('loss-value');
  const before = await loss.textContent();
  const occurrence = page.getByRole('button', { name: /^RY\(a\) on h0, step 3: contribution/ });
  const contributionBefore = await occurrence.getAttribute('aria-label');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('training-epoch')).toHaveText('1');
  await expect(loss).not.toHaveText(before ?? '', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: /^RY\(a\) on h0, step 3: contribution/ })).not.toHaveAttribute('aria-label', contributionBefore ?? '', { timeout: 10_000 });
});
