/**
 * The worker journeys: a large model never locks the lab. A 12-qubit experiment (1 data + 11
 * hidden, a gate on every wire) takes the worker seconds to simulate and minutes for its exact
 * contributions; a preset chosen meanwhile, or an Undo back to 11 qubits, must show the new model
 * within 2 s, because the stale work is dropped (its worker restarted) rather than waited
 * for. A long simulation offers Cancel, which leaves the lab usable with a message. From 11
 * qubits the analysis leaves the exact contributions (minutes at 12) until the user asks, and
 * asking can be cancelled. A worker
 * killed silently (`self.close()`, no error event) is noticed within 10 s, the lab says so and
 * simulates again, and Play trains again.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellDiagram, openLab, outputPoints, SINE_WINDOW } from './fixtures';
import { presetJson, readableLink } from './shareFixtures';

// One run in about twenty of the killed-worker journey once saw Play give no epoch within 20 s
// on a loaded machine. A worker that dies before it takes its life lock is now restarted after
// 10 s (src/worker/client.ts), which may have been the cause; until the journey has run clean
// for a while, one that fails is run once more, and a real regression fails both times.
test.describe.configure({ retries: 1 });

/**
 * 1 data + `hidden` hidden qubits over the sine data with a window of `window` steps: RY of
 * the input on d0, RY(p_k) on every hidden wire, CNOT d0 -> h0, a CRY chain through the hidden
 * register, CNOT from the last hidden wire to d0 and RY(d) on d0. The data qubit's
 * measurement entangles the memory, so every step costs more than the one before.
 */
function bigExperiment(hidden: number, window = 6): unknown {
  const e = presetJson('sine.json') as unknown as Record<string, unknown> & { model: Record<string, unknown>; data: Record<string, unknown> };
  const n = 1 + hidden;
  const cell: unknown[] = [{ gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } }];
  const params: Record<string, number> = { s: 1, bias: 0, c: 0.3, d: 0.2 };
  for (let w = 1; w < n; w++) {
    cell.push({ gate: 'RY', wires: [w], angle: { param: `p${w}` } });
    params[`p${w}`] = 0.1 * w;
  }
  cell.push({ gate: 'CNOT', wires: [0, 1] });
  for (let w = 1; w + 1 < n; w++) cell.push({ gate: 'CRY', wires: [w, w + 1], angle: { param: 'c' } });
  cell.push({ gate: 'CNOT', wires: [n - 1, 0] });
  cell.push({ gate: 'RY', wires: [0], angle: { param: 'd' } });
  return { ...e, name: `Large model, 1 data + ${hidden} hidden`, model: { ...e.model, hiddenQubits: hidden, cell }, params, data: { ...e.data, window } };
}

const status = (page: Page) => page.getByRole('status');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe.configure({ timeout: 120_000 });

test('a preset chosen while a 12-qubit model is computed shows within 2 s', async ({ page }) => {
  await page.goto(readableLink(bigExperiment(11)));
  await expect(heading(page)).toHaveText('Large model, 1 data + 11 hidden', { timeout: 20_000 });
  await expect(status(page)).toHaveText(/^Simulating/, { timeout: 20_000 });
  const asked = Date.now();
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('sine.json');
  await expect(heading(page)).toHaveText('Sine prediction, 1 data + 2 hidden', { timeout: 2_000 });
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 2_000 - (Date.now() - asked) });
  await expect(outputPoints(page)).toHaveCount(SINE_WINDOW, { timeout: 2_000 });
});

test('Undo from 12 qubits back to 11 shows the 11-qubit model within 2 s', async ({ page }) => {
  await page.goto(readableLink(bigExperiment(10)));
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Add hidden qubit' }).click();
  await expect(cellDiagram(page)).toHaveAccessibleName(/^Cell diagram: 1 data qubit and 11 hidden qubits/);
  await expect(status(page)).toHaveText(/^Simulating 12 qubits… step \d+ of 6/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cellDiagram(page)).toHaveAccessibleName(/^Cell diagram: 1 data qubit and 10 hidden qubits/, { timeout: 2_000 });
  await expect(status(page)).toHaveText(/^Simulating 11 qubits… step \d+ of 6/, { timeout: 2_000 });
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 15_000 });
});

test('Cancel ends a long simulation and leaves the lab usable', async ({ page }) => {
  await page.goto(readableLink(bigExperiment(11, 12)));
  await expect(status(page)).toHaveText(/^Simulating/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toContainText('Simulation cancelled: the model has 12 qubits (1 data, 11 hidden)', { timeout: 2_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0, { timeout: 2_000 });
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('sine.json');
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 5_000 });
  await expect(outputPoints(page)).toHaveCount(SINE_WINDOW);
});

test('a silently killed worker is noticed within 10 s, and Play trains again', async ({ page }) => {
  await openLab(page);
  await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Kill every worker the page has without an error event, as a browser killing it would.
  for (const worker of page.workers()) await worker.evaluate(() => self.close()).catch(() => undefined);
  await expect(status(page)).toContainText(/stopped .*restarted/, { timeout: 10_000 });
  await expect(status(page)).toContainText(/^Simulated in the worker/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await page.getByTestId('training-epoch').textContent()), { timeout: 20_000 }).toBeGreaterThan(0);
});

test('an edit to 12 qubits is analysed within seconds, the exact contributions wait to be asked for, and asking can be cancelled', async ({ page }) => {
  await page.goto(readableLink(bigExperiment(10)));
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 60_000 });
  const deferred = page.getByTestId('deferred-contributions');
  // At 11 qubits the contributions are estimated at about 12 s: they wait too.
  await expect(deferred).toContainText('Exact contributions not computed yet for 11 qubits', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Add hidden qubit' }).click();
  const edited = Date.now();
  await expect(deferred).toContainText(/^Exact contributions not computed yet for 12 qubits: they would take about \d+ min/, { timeout: 15_000 });
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 15_000 - (Date.now() - edited) });
  const compute = page.getByRole('button', { name: /^Compute exact contributions \(about \d+ min/ });
  await compute.click();
  await expect(page.getByRole('button', { name: /^Computing exact contributions/ })).toBeDisabled();
  await expect(page.getByText(/^Analysing 12 qubits… contributions/)).toBeVisible({ timeout: 5_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(compute).toBeEnabled({ timeout: 2_000 });
  await expect(deferred).toContainText('Exact contributions not computed yet for 12 qubits');
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('sine.json');
  await expect(status(page)).toHaveText('Simulated in the worker', { timeout: 5_000 });
  await expect(deferred).toHaveCount(0, { timeout: 5_000 });
});
