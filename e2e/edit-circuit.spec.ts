/**
 * The cell editor journey, with real pointer drags (`page.mouse.move/down/move/up` in
 * steps, as xyflow's tests drag nodes): start from an empty cell, drop an input encoding,
 * two rotations, a CNOT (dropped, then stretched by its second end) and a CRY, and watch the
 * diagram name each gate and the worker re-simulate; undo and redo with the buttons and the
 * shortcuts; drag with touch; place and delete gates with the keyboard only; edit a gate in
 * the inspector, sharing a parameter and seeing a refused edit; refuse a thirteenth qubit.
 * Saves the editor's screenshots at desktop and tablet sizes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cellDiagram, openLab, outputPoints, screenshotPath, SCREENSHOT } from './fixtures';

const canvas = (page: Page) => page.getByRole('application', { name: 'Cell editor' });
const tile = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const gate = (page: Page, name: string) => cellDiagram(page).getByRole('img', { name, exact: true });
const readout = (page: Page) => page.getByTestId('slot-readout');

/**
 * What the worker's latest simulation shows: the loss, and the drawn outputs' heights
 * normalised to their own range (so a chart resized by the layout reads the same). It
 * changes when the worker re-simulates a model that predicts differently.
 */
async function outputs(page: Page): Promise<string> {
  const heights = await outputPoints(page).evaluateAll((points) => points.map((p) => Number(p.getAttribute('cy'))));
  const low = Math.min(...heights);
  const span = Math.max(...heights) - low || 1;
  const loss = await page.getByTestId('loss-value').textContent();
  return `${loss} | ${heights.map((h) => ((h - low) / span).toFixed(4)).join(' ')}`;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The page point of slot `column` on wire `wire` (named `d0`, `h1`, ...). */
async function slot(page: Page, wire: string, column: number): Promise<{ x: number; y: number }> {
  const x = (await centre(cellDiagram(page).locator(`[data-slot-column="${column}"]`))).x;
  const y = (await centre(cellDiagram(page).locator('text.wire-name').getByText(wire, { exact: true }))).y;
  return { x, y };
}

/** Presses on `from`, moves in steps to `to` and releases: a real drag. */
async function drag(page: Page, from: Locator | { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const start = 'x' in from ? from : await centre(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 6, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 14 });
  await page.mouse.up();
}

/** Waits until the outputs differ from `before`, and returns them. */
async function outputsChangedFrom(page: Page, before: string): Promise<string> {
  await expect.poll(() => outputs(page), { timeout: 10_000 }).not.toBe(before);
  return outputs(page);
}

test('build a cell by dragging from an empty cell, then undo and redo', SCREENSHOT, async ({ page }) => {
  await openLab(page);
  await tile(page, 'New empty cell').click();
  await expect(cellDiagram(page)).toHaveAccessibleName(/, 0 gates, /);
  let shown = await outputs(page);

  await drag(page, tile(page, 'xₜ input encoding'), await slot(page, 'd0', 0));
  await expect(gate(page, 'RY(acos x) on d0')).toBeVisible();
  shown = await outputsChangedFrom(page, shown);

  await drag(page, tile(page, 'RY'), await slot(page, 'd0', 1));
  await expect(gate(page, 'RY(theta_1) on d0')).toBeVisible();
  shown = await outputsChangedFrom(page, shown);

  await drag(page, tile(page, 'RX'), await slot(page, 'h0', 0));
  await expect(gate(page, 'RX(theta_2) on h0')).toBeVisible();

  await drag(page, tile(page, 'CNOT'), await slot(page, 'h0', 2));
  await expect(gate(page, 'CNOT from h0 to h1')).toBeVisible();
  const handle = cellDiagram(page).locator('.stretch-handle-knob');
  await drag(page, handle, await slot(page, 'd0', 2));
  await expect(gate(page, 'CNOT from h0 to d0')).toBeVisible();
  shown = await outputsChangedFrom(page, shown);

  await drag(page, tile(page, 'CRY'), await slot(page, 'h0', 3));
  await expect(gate(page, 'CRY(theta_3) from h0 to h1')).toBeVisible();
  await drag(page, cellDiagram(page).locator('.stretch-handle-knob'), await slot(page, 'd0', 3));
  await expect(gate(page, 'CRY(theta_3) from h0 to d0')).toBeVisible();
  shown = await outputsChangedFrom(page, shown);
  await expect(cellDiagram(page)).toHaveAccessibleName(/, 5 gates, /);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(gate(page, 'CRY(theta_3) from h0 to h1')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(cellDiagram(page)).toHaveAccessibleName(/, 4 gates, /);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(gate(page, 'CRY(theta_3) from h0 to h1')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cellDiagram(page)).toHaveAccessibleName(/, 4 gates, /);
  await page.keyboard.press('Control+Shift+z');
  await expect(gate(page, 'CRY(theta_3) from h0 to h1')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(gate(page, 'CRY(theta_3) from h0 to d0')).toBeVisible();
  await expect.poll(() => outputs(page)).toBe(shown);

  await gate(page, 'RX(theta_2) on h0').click();
  await expect(page.getByTestId('inspector')).toBeVisible();
  await page.screenshot({ path: screenshotPath('editor-1440.png') });
});

test('a drag shows a preview, Escape cancels it, and a gate is moved by dragging it', async ({ page }) => {
  await openLab(page);
  const before = await cellDiagram(page).getAttribute('aria-label');
  const target = await slot(page, 'h1', 0);
  const start = await centre(tile(page, 'H'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await expect(page.getByTestId('drag-preview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drag-preview')).toHaveCount(0);
  await page.mouse.up();
  await expect(cellDiagram(page)).toHaveAttribute('aria-label', before ?? '');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  await drag(page, gate(page, 'RY(d) on d0'), await slot(page, 'h1', 6));
  await expect(gate(page, 'RY(d) on h1')).toBeVisible();
  await expect(gate(page, 'RY(d) on d0')).toHaveCount(0);
});

test('a touch drag places a gate through the same Pointer Events path', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await openLab(page);
  const cdp = await context.newCDPSession(page);
  const from = await centre(tile(page, 'Z'));
  const to = await slot(page, 'h1', 6);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
  await touch('touchStart', from);
  for (let i = 1; i <= 12; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 12, y: from.y + ((to.y - from.y) * i) / 12 });
  await expect(page.getByTestId('drag-preview')).toBeVisible();
  await touch('touchEnd', to);
  await expect(gate(page, 'Z on h1')).toBeVisible();
  await context.close();
});

test('keyboard only: move the slot cursor, place gates by letter and by palette Enter, delete', async ({ page }) => {
  await openLab(page);
  await tile(page, 'New empty cell').click();
  await canvas(page).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await expect(readout(page)).toHaveText('wire d0, slot 1, empty');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(readout(page)).toHaveText('wire h1, slot 1, empty');
  await expect(page.getByTestId('slot-cursor')).toBeVisible();
  await page.keyboard.press('h');
  await expect(gate(page, 'H on h1')).toBeVisible();
  await expect(readout(page)).toHaveText('wire h1, slot 2, empty');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('c');
  await expect(gate(page, 'CNOT from h0 to h1')).toBeVisible();

  await tile(page, 'Z').focus();
  await page.keyboard.press('Enter');
  await expect(canvas(page)).toBeFocused();
  await expect(readout(page)).toContainText('placing Z');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(gate(page, 'Z on d0')).toBeVisible();
  await expect(page.getByTestId('inspector')).toContainText('Z on d0');
  await page.keyboard.press('Delete');
  await expect(gate(page, 'Z on d0')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await expect(readout(page)).toHaveText('wire h0, slot 1, empty');
  await page.keyboard.press('r');
  await expect(gate(page, 'RY(theta_1) on h0')).toBeVisible();
});

test('the inspector shares a parameter by name and shows a refused edit beside its field', async ({ page }) => {
  await openLab(page);
  await gate(page, 'RY(b) on h1').click();
  const inspector = page.getByTestId('inspector');
  const param = inspector.getByLabel('Parameter');
  await param.fill('a');
  await expect(inspector.getByTestId('binding-note')).toHaveText('Shared with 1 other gate · a = 0.400');
  await param.press('Enter');
  await expect(gate(page, 'RY(a) on h1')).toBeVisible();
  await expect(page.locator('.param-table').getByRole('rowheader', { name: 'b', exact: true })).toHaveCount(0);

  await gate(page, 'RY(a) on h1').click();
  const factor = page.getByTestId('inspector').getByLabel('Factor');
  await factor.fill('twice');
  await factor.press('Enter');
  await expect(page.getByTestId('inspector').getByRole('alert')).toHaveText('“twice” is not a number: write a number such as 0.5, or a multiple of π such as pi/2.');
  await expect(gate(page, 'RY(a) on h1')).toBeVisible();
  await expect(factor).toHaveAttribute('aria-invalid', 'true');

  await page.getByTestId('inspector').getByRole('radio', { name: 'Fixed', exact: true }).check();
  await expect(gate(page, 'RY(0.4) on h1')).toBeVisible();
  const radians = page.getByTestId('inspector').getByLabel('Radians');
  await radians.fill('pi/2');
  await radians.press('Enter');
  await expect(gate(page, 'RY(π/2) on h1')).toBeVisible();
  await expect(radians).toBeFocused();

  await page.getByRole('button', { name: 'Delete gate', exact: true }).click();
  await expect(gate(page, 'RY(π/2) on h1')).toHaveCount(0);
});

test('a thirteenth qubit is refused with the memory it would need', async ({ page }) => {
  await openLab(page);
  const add = page.getByRole('button', { name: 'Add hidden qubit', exact: true });
  for (let total = 3; total < 12; total++) await add.click();
  await expect(page.getByTestId('hidden-qubits')).toHaveText('11');
  await expect(page.getByTestId('slow-notice')).toContainText('12 qubits: the working state is up to 128 MiB (4,096 rows by 2,048 columns)');
  await add.click();
  await expect(page.getByTestId('palette-notice')).toHaveText(/^QRNN Lab simulates at most 12 qubits: a density matrix of 13 qubits holds 4\^13 complex numbers, 1 GiB at 16 bytes each/);
  await expect(page.getByTestId('hidden-qubits')).toHaveText('11');
  await page.getByRole('button', { name: 'Remove data qubit', exact: true }).click();
  await expect(page.getByTestId('palette-notice')).toHaveText("That would remove the model's only readout (⟨Z⟩ on d0): add a readout on another wire first.");
  await expect(page.getByTestId('data-qubits')).toHaveText('1');
});

test('the editor at tablet size', SCREENSHOT, async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await openLab(page);
  await gate(page, 'CRY(c) from h0 to h1').click();
  await expect(page.getByTestId('inspector')).toBeVisible();
  await page.screenshot({ path: screenshotPath('editor-tablet.png') });
  await page.close();
});

test('a cell built by drags appears on the timeline, trains, and its loss falls', async ({ page }) => {
  // Its own waits allow a loaded machine up to 60 s and then 120 s of training: the test's bound must hold them.
  test.setTimeout(200_000);
  await openLab(page);
  await tile(page, 'New empty cell').click();
  await drag(page, tile(page, 'xₜ input encoding'), await slot(page, 'd0', 0));
  await drag(page, tile(page, 'RY'), await slot(page, 'h0', 0));
  await drag(page, tile(page, 'CRY'), await slot(page, 'd0', 1));
  await expect(gate(page, 'CRY(theta_2) from d0 to h0')).toBeVisible();
  await drag(page, tile(page, 'RY'), await slot(page, 'd0', 2));
  await expect(gate(page, 'RY(theta_3) on d0')).toBeVisible();

  // The timeline unrolls the new cell: every step holds its parametrised gates.
  const timeline = page.getByTestId('timeline');
  await page.getByRole('region', { name: 'Timeline' }).getByLabel('Parameter').selectOption('theta_2');
  await expect(timeline.getByRole('button', { name: /^CRY\(theta_2\) from d0 to h0, step 0:/ })).toHaveCount(1);
  await expect(timeline.getByRole('button', { name: /^CRY\(theta_2\) from d0 to h0, step 11:/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await page.getByTestId('training-epoch').textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  const first = Number((await page.evaluate(() => (window as unknown as { __qrnnLab: { history(): { trainLoss: number }[] } }).__qrnnLab.history()))[0].trainLoss);
  // The run is left to finish: pausing it races its end (Pause may turn disabled between a check and the click).
  await expect(page.getByText(/^Training finished at epoch 40 of 40/)).toBeVisible({ timeout: 120_000 });
  const history = await page.evaluate(() => (window as unknown as { __qrnnLab: { history(): { trainLoss: number }[] } }).__qrnnLab.history());
  expect(history[history.length - 1].trainLoss).toBeLessThan(first);
  await expect(page.locator('[aria-labelledby="loss-heading"] svg, .loss-chart svg').first()).toBeVisible();
});
