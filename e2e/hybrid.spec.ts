/**
 * Hybrid models on the page (docs/spec.md §5): from the sine preset, a second output (the
 * sine wave has one target, so the Model panel says so and offers Lorenz, in one edit), a
 * probabilities readout, a bias on a rotation, a few epochs of training, and both outputs
 * plotted, named by their targets; choosing the bias lights its own occurrences. Then the
 * Lorenz preset with targets y and z chosen in the Data panel, each target an output, and
 * a CSV's target columns.
 * Saves `hybrid.png` (docs/user-guide.md §9): the trained hybrid model with its readouts and heads.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellDiagram, openLab, outputPoints, pauseUnlessFinished, SCREENSHOT, screenshotPath, SINE_WINDOW } from './fixtures';

const modelPanel = (page: Page) => page.getByRole('region', { name: 'Model', exact: true });
const dataPanel = (page: Page) => page.getByRole('region', { name: 'Data', exact: true });
const outputsChart = (page: Page) => page.getByRole('img', { name: /^Outputs against targets per step/ });

test('the sine preset becomes a hybrid model: two outputs, a probabilities readout and a bias, trained, both outputs plotted', SCREENSHOT, async ({ page }) => {
  await openLab(page);
  const model = modelPanel(page);

  // A second output: the sine wave gives one target, so nothing changes until the fix is chosen.
  await model.getByRole('button', { name: 'Add output' }).click();
  const problem = model.getByTestId('outputs-problem');
  await expect(problem).toContainText('The sine wave gives one target per step; 2 outputs need 2 targets.');
  await expect(model.getByTestId('output-count')).toHaveText('1');
  await problem.getByRole('button', { name: 'Switch to Lorenz, predicting x and y' }).click();
  await expect(model.getByTestId('output-count')).toHaveText('2');
  await expect(problem).toBeHidden();
  await expect(page.getByTestId('data-summary')).toContainText('Lorenz system');
  await expect(dataPanel(page).getByRole('group', { name: 'Targets' }).getByRole('checkbox', { name: 'y' })).toBeChecked();

  // A probabilities readout of d0: two features, a new weight each in both heads.
  await model.getByRole('button', { name: 'Add probabilities' }).click();
  await expect(model.getByRole('list', { name: 'Readouts' }).getByRole('listitem')).toHaveCount(2);
  const heads = model.getByRole('list', { name: 'Heads' }).getByRole('listitem');
  await expect(heads).toHaveText(['ŷ₀ = s·e₀ + w_0_1·e₁ + w_0_2·e₂ + bias → x', 'ŷ₁ = w_1_0·e₀ + w_1_1·e₁ + w_1_2·e₂ + c_1 → y']);

  // A bias on RY(a): a new parameter b_1 at 0, its value editable beside it.
  await cellDiagram(page).getByRole('img', { name: 'RY(a) on h0', exact: true }).click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByRole('checkbox', { name: 'Adds a bias' }).check();
  await expect(cellDiagram(page).getByRole('img', { name: 'RY(a + b_1) on h0', exact: true })).toBeVisible();
  await expect(inspector.getByRole('textbox', { name: 'Value of b_1' })).toHaveValue('0');
  await expect(inspector.getByTestId('bias-note')).toHaveText('Bias used by this gate only · b_1 = 0.000');
  // The angle's own parameter cannot be its bias: refused beside the field, the gate unchanged.
  const biasName = inspector.getByRole('combobox', { name: 'Bias' });
  await biasName.fill('a');
  await biasName.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText("'a' is already this angle's param");
  await expect(biasName).toHaveAttribute('aria-invalid', 'true');
  await expect(cellDiagram(page).getByRole('img', { name: 'RY(a + b_1) on h0', exact: true })).toBeVisible();
  await biasName.fill('b_1');
  await biasName.press('Enter');
  await expect(biasName).not.toHaveAttribute('aria-invalid', 'true');

  // Choosing the bias lights its own occurrences, one per step, read as the bias's.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('combobox', { name: 'Parameter' }).selectOption('b_1');
  await expect(timeline.getByRole('button', { name: /^RY\(a \+ b_1\) on h0, step 0, bias b_1: contribution / })).toHaveCount(1);

  // A few epochs, then both outputs on the chart, each with its target's name.
  const untrained = await page.getByTestId('loss-value').textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await page.getByTestId('training-epoch').textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  await pauseUnlessFinished(page);
  await expect(outputsChart(page)).toHaveAccessibleName(/2 outputs \(ŷ \(x\), ŷ \(y\)\)/);
  await expect(outputPoints(page)).toHaveCount(2 * SINE_WINDOW);
  await expect(page.locator('g.chart-series g.chart-output')).toHaveCount(2);
  await expect(page.getByTestId('loss-value')).not.toHaveText(untrained ?? '');

  // The right panel scrolled to the readouts and heads, beside the cell and its inspector.
  await model.getByRole('region', { name: 'Readout and head' }).evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('hybrid.png') });
});

test('Lorenz with targets y and z: each target chosen in the Data panel is an output', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('lorenz.json');
  const targets = dataPanel(page).getByRole('group', { name: 'Targets' });
  const box = (name: string) => targets.getByRole('checkbox', { name, exact: true });
  await expect(box('z')).toBeChecked();
  await expect(box('z')).toBeDisabled(); // the only target stays

  await box('y').check();
  await box('z').uncheck();
  await box('z').check();
  const model = modelPanel(page);
  await expect(model.getByTestId('output-count')).toHaveText('2');
  await expect(model.getByRole('list', { name: 'Heads' }).getByRole('listitem')).toHaveText([/→ y$/, /→ z$/]);
  await expect(dataPanel(page).getByRole('status')).toHaveText('2 outputs, predicting y and z; a new output\'s head starts at 0.');
  await expect(outputsChart(page)).toHaveAccessibleName(/2 outputs \(ŷ \(y\), ŷ \(z\)\)/);

  // Back to one target: the other output's head goes with it.
  await box('y').uncheck();
  await expect(model.getByTestId('output-count')).toHaveText('1');
  await expect(box('z')).toBeDisabled();
});

test('a CSV\'s target columns chosen in the Data panel: one output each', async ({ page }) => {
  await openLab(page);
  const rows = Array.from({ length: 40 }, (_, t) => `${t},${Math.sin(t / 3).toFixed(4)},${Math.cos(t / 3).toFixed(4)},${((t % 5) / 5).toFixed(1)}`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load CSV', exact: true }).click()]);
  await chooser.setFiles({ name: 'waves.csv', mimeType: 'text/csv', buffer: Buffer.from(`time,sin,cos,phase\n${rows.join('\n')}\n`) });
  await page.getByRole('dialog', { name: 'Choose a CSV column' }).getByRole('button', { name: 'Use column' }).click();
  const columns = dataPanel(page).getByRole('group', { name: 'Target columns' });
  await expect(columns.getByRole('checkbox', { name: 'sin', exact: true })).toBeChecked();

  await columns.getByRole('checkbox', { name: 'cos', exact: true }).check();
  await expect(modelPanel(page).getByTestId('output-count')).toHaveText('2');
  await expect(outputsChart(page)).toHaveAccessibleName(/2 outputs \(ŷ \(sin\), ŷ \(cos\)\)/);

  // A third output from the Model panel: the CSV gives two targets, so the panel sends to the Data panel.
  await modelPanel(page).getByRole('button', { name: 'Add output' }).click();
  await expect(modelPanel(page).getByTestId('outputs-problem')).toContainText('Choose 3 target columns in the Data panel.');
  await modelPanel(page).getByRole('button', { name: 'Choose targets in the Data panel' }).click();
  await expect(columns.getByRole('checkbox', { name: 'time', exact: true })).toBeFocused();
  await expect(modelPanel(page).getByTestId('output-count')).toHaveText('2');
});
