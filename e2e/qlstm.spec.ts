/**
 * The QLSTM in the page (docs/spec.md §7): the model-kind switch turns the default QRNN into
 * a QLSTM of Chen's default size as one edit (Undo brings the cell back), the sizes change by
 * steppers and a refused size says why; the cell view opens a circuit, a gate chooses its
 * parameter and the timeline lights its occurrences; Explain on one gives `qrnn grad`'s
 * parameter-shift contribution, the common mistake a different number, and the bias under
 * shots; the qlstm-sine preset trains in the worker until its loss falls, exactly as `qrnn
 * train` trains it; the Export menu writes OpenQASM 3 of a chosen circuit and the Python of
 * the whole LSTM as the command line does; and a shared link opens the same QLSTM in a
 * fresh context, which trains to the same loss history.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openLab } from './fixtures';
import { val } from '../src/ui/explain/qlstmFormat';
import { experimentName, parameterTable, trainingHistory, trainToTheEnd } from './shareFixtures';

const sizes = async (page: Page) => [
  await page.getByTestId('qlstm-inputSize').textContent(),
  await page.getByTestId('qlstm-hiddenSize').textContent(),
  await page.getByTestId('qlstm-layers').textContent(),
];

async function openQlstmSine(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('qlstm-sine.json');
  await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  await expect(experimentName(page)).toHaveText(/^QLSTM sine prediction/);
}

test('the model-kind switch makes the QRNN a QLSTM in one step, ending a paused run, and the sizes change by steppers', async ({ page }) => {
  await openLab(page);
  // A paused run of the QRNN does not go on as the QLSTM's: the switch ends it, as a preset would.
  await page.locator('button[aria-label="Step"]').click();
  await expect(page.getByTestId('training-status')).toHaveText(/Paused/);
  await page.getByRole('radio', { name: 'QLSTM' }).check();
  await expect(page.getByTestId('training-status')).toHaveText('Ready to train');
  await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  expect(await sizes(page)).toEqual(['1', '3', '2']);
  await expect(page.getByTestId('qlstm-sizes')).toHaveText('4 qubits per circuit, six circuits, 144 angles in all (18 × 2 × 4).');
  // The data stays: the outputs chart still draws the sine window's twelve steps.
  await expect(page.getByTestId('output-point')).toHaveCount(12);
  await page.getByRole('button', { name: 'Fewer layers' }).click();
  await expect(page.getByTestId('qlstm-sizes')).toHaveText('4 qubits per circuit, six circuits, 72 angles in all (18 × 1 × 4).');
  // The sine generator gives one number per step: two input qubits are refused, naming the field.
  await page.getByRole('button', { name: 'More input qubits' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Input qubits stays 1' })).toContainText('model.inputSize');
  expect(await sizes(page)).toEqual(['1', '3', '1']);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await sizes(page)).toEqual(['1', '3', '2']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'One step of the cell' })).toBeVisible();
  await page.getByRole('radio', { name: 'QLSTM' }).check();
  // Back to the QRNN it came from (found in the undo history, so the click's effect is a moment late).
  await page.getByRole('radio', { name: 'QRNN' }).click();
  await expect(page.getByRole('heading', { name: 'One step of the cell' })).toBeVisible();
  await expect(page.getByTestId('cell-diagram').getByRole('img', { name: 'RY(a) on h0', exact: true })).toBeVisible();
});

test('switch to QLSTM, open qlstm-sine, light a gate, Explain it against the common mistake and its bias, share it to a fresh context, and train both until the loss falls, as qrnn train trains it', async ({ browser }) => {
  test.setTimeout(180_000);
  const a = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1440, height: 900 } });
  const page = await a.newPage();
  await openLab(page);
  await page.getByRole('radio', { name: 'QLSTM' }).check();
  await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  await openQlstmSine(page);
  await page.getByRole('button', { name: /VQC_i \(input gate\): show its circuit/ }).click();
  const gate = page.getByRole('button', { name: /^RY\(β\) on qubit 2, layer 1: parameter i\.1\.2\.beta = / });
  await gate.click();
  await expect(gate).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Parameter' })).toHaveValue('i.1.2.beta');
  const lit = page.getByRole('button', { name: /^VQC_i \(input gate\), layer 1, qubit 2, β, step 0: contribution / });
  await expect(lit).toBeVisible();
  await lit.click();
  await expect(page.getByTestId('qlstm-timeline-readout')).toHaveText(/^VQC_i \(input gate\), layer 1, qubit 2, β, step 0: contribution /);
  // The grid is one tab stop: the arrow keys move along the lit row, and back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('qlstm-timeline-readout')).toHaveText(/, step 1: contribution /);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('qlstm-timeline-readout')).toHaveText(/, step 0: contribution /);

  // Explain that occurrence: the local rule's contribution is qrnn grad's, and the whole-sequence shift is not.
  const grad = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', 'grad', 'public/experiments/qlstm-sine.json', '--method', 'parameter-shift', '--json'], { encoding: 'utf8' })) as { occurrences: { param: string; step: number; contribution: number }[] };
  const occurrence = grad.occurrences.find((o) => o.param === 'i.1.2.beta' && o.step === 0)!;
  await page.getByRole('button', { name: 'Explain this occurrence' }).first().click();
  const sheet = page.getByTestId('explain-panel');
  await expect(sheet.getByTestId('qlstm-contribution')).toHaveText(val(occurrence.contribution), { timeout: 20_000 });
  await expect(sheet.getByTestId('qlstm-sum')).toBeVisible();
  await sheet.getByRole('checkbox', { name: 'Show the common mistake' }).check();
  await expect(sheet.getByTestId('qlstm-mistake')).toBeVisible();
  expect(await sheet.getByTestId('qlstm-mistake').textContent()).not.toBe(val(occurrence.contribution));
  await expect(sheet.getByTestId('qlstm-mistake-difference')).not.toHaveText(/^0(\.0+)?$/);
  // With 10 shots, the estimate's mean is measured against the exact value.
  await sheet.getByRole('button', { name: 'Measure the bias' }).click();
  await expect(sheet.getByTestId('qlstm-bias-result')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // Share: the link opens the same QLSTM in a fresh context.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByTestId('share-status')).toHaveText(/^Link copied to the clipboard/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.keyboard.press('Escape');
  const b = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fresh = await b.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  await expect(experimentName(fresh)).toHaveText(/^QLSTM sine prediction/);
  expect(await sizes(fresh)).toEqual(await sizes(page));
  for (const p of [page, fresh]) await p.getByText(/^\d+ values$/).click();
  expect(await parameterTable(fresh)).toEqual(await parameterTable(page));

  // Both train to the same history, the command line's, and the loss falls.
  await trainToTheEnd(page);
  await trainToTheEnd(fresh);
  const history = await trainingHistory(page);
  const cli = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', 'train', 'public/experiments/qlstm-sine.json', '--json'], { encoding: 'utf8' })) as { history: { trainLoss: number }[] };
  expect(history.map((h) => h.trainLoss)).toEqual(cli.history.map((h) => h.trainLoss));
  expect(history.at(-1)!.trainLoss!).toBeLessThan(0.5 * history[0].trainLoss!);
  expect(await trainingHistory(fresh)).toEqual(history);
  // The classical memory of the trained model, in place of the Bloch view.
  await expect(page.getByRole('heading', { name: 'Classical memory' })).toBeVisible();
  await a.close();
  await b.close();
});

test('the Export menu writes OpenQASM 3 of one circuit, chosen in the dialog, and a numpy script of the whole LSTM', async ({ page }) => {
  await openLab(page);
  await openQlstmSine(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'OpenQASM 3…' }).click();
  const dialog = page.getByRole('dialog', { name: 'OpenQASM 3' });
  const program = dialog.getByRole('textbox', { name: 'OpenQASM 3 program' });
  await expect(dialog.getByRole('combobox', { name: 'Circuit' })).toHaveValue('f');
  await expect(program).toHaveValue(/One evaluation of the circuit VQC_f \(the forget gate\)/);
  await dialog.getByRole('combobox', { name: 'Circuit' }).selectOption('y');
  await expect(program).toHaveValue(/One evaluation of the circuit VQC_y \(the output map\)/);
  await expect(program).toHaveValue(/OPENQASM 3/);
  const cli = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'export', 'public/experiments/qlstm-sine.json', '--to', 'qasm3', '--circuit', 'y'], { encoding: 'utf8' });
  expect(await program.inputValue()).toBe(cli);
  await page.keyboard.press('Escape');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Python with numpy only (.py)' }).click();
  const script = await readFile(await (await download).path(), 'utf8');
  expect(script).toContain('VQC');
  expect(script).toBe(execFileSync('npx', ['tsx', 'src/cli/main.ts', 'export', 'public/experiments/qlstm-sine.json', '--to', 'numpy'], { encoding: 'utf8' }));
});
