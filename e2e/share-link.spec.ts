/**
 * The share journey: Share copies a link (read back from the clipboard) that opens in a
 * fresh browser context with the same experiment (name, gates by accessible name, parameter
 * values) and, trained with the same seed, the same loss history epoch for epoch, bit for
 * bit; a link shared after training carries the trained parameters. The address bar follows
 * the edits: Back undoes an edit or a loaded preset through the same parse path, Forward
 * redoes it. Reload restores the work (experiment and loss history), saved experiments are
 * kept, reopened, renamed and deleted, classroom flags hide panels and lock the cell, and
 * the Export menu writes OpenQASM 3, Python, JSON and pictures under the page's Content
 * Security Policy (no violation). No request leaves the app's origin. Saves screenshots of the share dialog and the export menu.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { BURST_MS } from '../src/app/urlPolicy';
import { decodeLink } from '../src/share/link';
import { cellDiagram, openLab, screenshotPath, SCREENSHOT } from './fixtures';
import {
  autosavedAs, experimentName, foreignRequests, linkFragment, ORIGIN, parameterTable, presetJson, readableLink, recordRequests, recordViolations,
  trainingHistory, trainToTheEnd, violations,
} from './shareFixtures';

const SINE = 'Sine prediction, 1 data + 2 hidden';
const SINE_GATES = ['RY(acos x) on d0', 'RY(a) on h0', 'RY(b) on h1', 'CNOT from d0 to h0', 'CRY(c) from h0 to h1', 'RXX(j) on d0 and h1', 'RY(d) on d0', 'CNOT from h1 to d0'];

/** The sine preset, trained for 6 epochs (a short run). */
function shortSine(): Record<string, unknown> {
  const sine = presetJson('sine.json');
  return { ...sine, name: 'Short sine', training: { ...sine.training, epochs: 6 } };
}

/** Presses Share and returns the link from the clipboard, checking the dialog says it was copied. */
async function share(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByTestId('share-status')).toHaveText(/^Link copied to the clipboard/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveValue(link);
  return link;
}

test('a shared link opens the same experiment in a fresh context and trains to the same loss history', SCREENSHOT, async ({ browser }) => {
  const a = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1440, height: 900 } });
  const page = await a.newPage();
  const requests = recordRequests(page);
  await page.goto(readableLink(shortSine()));
  await expect(experimentName(page)).toHaveText('Short sine');
  const link = await share(page);
  expect(link).toMatch(new RegExp(`^${ORIGIN}/#e=1\\.[A-Za-z0-9_-]+$`));
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByTestId('share-budget')).toHaveAttribute('data-budget', 'ok');
  await expect(dialog.getByTestId('share-budget')).toContainText(`${link.length.toLocaleString('en-US')} characters.`);
  await page.screenshot({ path: screenshotPath('share-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => location.href)).toBe(link);

  const b = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fresh = await b.newPage();
  const freshRequests = recordRequests(fresh);
  await fresh.goto(link);
  await expect(experimentName(fresh)).toHaveText('Short sine');
  for (const name of SINE_GATES) await expect(cellDiagram(fresh).getByRole('img', { name, exact: true })).toBeVisible();
  const untrainedTable = await parameterTable(page);
  expect(await parameterTable(fresh)).toEqual(untrainedTable);

  await trainToTheEnd(page);
  await trainToTheEnd(fresh);
  const original = await trainingHistory(page);
  expect(original).toHaveLength(6);
  expect(await trainingHistory(fresh)).toEqual(original);

  const trainedLink = await share(page);
  expect(trainedLink).not.toBe(link);
  const decoded = await decodeLink(trainedLink);
  if (!decoded.ok) throw new Error(decoded.errors[0].message);
  const reopened = await b.newPage();
  await reopened.goto(trainedLink);
  await expect(experimentName(reopened)).toHaveText('Short sine');
  const trainedTable = await parameterTable(reopened);
  expect(trainedTable).not.toEqual(untrainedTable);
  // The same seed trained the fresh page to the same parameters, which its Cell panel shows.
  expect(await parameterTable(fresh)).toEqual(trainedTable);
  const a1 = decoded.experiment.params.a;
  expect(trainedTable).toContain(`a=${a1 < 0 ? '\u2212' : ''}${Math.abs(a1).toFixed(3)}`);

  expect(foreignRequests([...requests, ...freshRequests])).toEqual([]);
  await a.close();
  await b.close();
});

test('Back undoes an edit and a loaded preset; Forward redoes them', async ({ page }) => {
  const requests = recordRequests(page);
  // The page's clock is Playwright's (time still flows), so the test can jump past the burst
  // window below instead of waiting it out in real time.
  await page.clock.install();
  await openLab(page);
  const opened = await linkFragment(page);
  const canvas = page.getByRole('application', { name: 'Cell editor' });
  await canvas.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('h');
  const added = cellDiagram(page).getByRole('img', { name: /^H on / });
  await expect(added).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(opened);
  const edited = await page.evaluate(() => location.hash);

  await page.goBack();
  await expect(added).toHaveCount(0);
  expect(await page.evaluate(() => location.hash)).toBe(opened);
  await page.goForward();
  await expect(added).toHaveCount(1);
  expect(await page.evaluate(() => location.hash)).toBe(edited);

  // Edits less than BURST_MS apart share one history entry (urlPolicy): jump past it.
  await page.clock.fastForward(BURST_MS);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('one-qubit.json');
  await expect(experimentName(page)).not.toHaveText(SINE);
  const oneQubit = await experimentName(page).textContent();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(edited);
  await page.goBack();
  await expect(experimentName(page)).toHaveText(SINE);
  await expect(added).toHaveCount(1);
  await page.goForward();
  await expect(experimentName(page)).toHaveText(oneQubit ?? '');
  expect(foreignRequests(requests)).toEqual([]);
});

test('reload restores the work: the edited experiment, its loss history and the trained outputs', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('one-qubit.json');
  await expect(experimentName(page)).not.toHaveText(SINE);
  const name = (await experimentName(page).textContent()) ?? '';
  const step = page.locator('button[aria-label="Step"]');
  await step.click();
  await expect(page.getByTestId('training-epoch')).toHaveText('1');
  await step.click();
  await expect(page.getByTestId('training-epoch')).toHaveText('2');
  const history = await trainingHistory(page);
  // Each output point's tooltip reads its value: the trained model's, after epoch 2.
  const outputs = () => page.getByTestId('output-point').evaluateAll((points) => points.map((p) => p.querySelector('title')?.textContent));
  const trained = await outputs();
  await autosavedAs(page, name);
  await linkFragment(page);

  await page.reload();
  await expect(experimentName(page)).toHaveText(name);
  await expect(page.getByTestId('training-epoch')).toHaveText('2');
  expect(await trainingHistory(page)).toEqual(history);
  await expect.poll(outputs).toEqual(trained);

  await page.goto('/');
  await expect(experimentName(page)).toHaveText(name);
  expect(await trainingHistory(page)).toEqual(history);
});

test('saved experiments: save under a name, reopen, rename and delete', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Saved experiments' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved experiments' });
  await dialog.getByRole('textbox', { name: 'Save the current experiment as' }).fill('My sine');
  await dialog.getByRole('button', { name: 'Save current experiment' }).click();
  await expect(dialog.getByRole('status')).toHaveText("Saved as 'My sine'.");
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Preset' }).selectOption('one-qubit.json');
  await expect(experimentName(page)).not.toHaveText(SINE);
  await page.getByRole('button', { name: 'Saved experiments' }).click();
  await dialog.getByRole('button', { name: 'Open My sine' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(experimentName(page)).toHaveText(SINE);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('');

  await page.reload();
  await page.getByRole('button', { name: 'Saved experiments' }).click();
  await dialog.getByRole('button', { name: 'Rename My sine' }).click();
  await dialog.getByRole('textbox', { name: 'New name for My sine' }).fill('Sine, kept');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Open Sine, kept' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Sine, kept' }).click();
  await dialog.getByRole('button', { name: 'Confirm deleting Sine, kept' }).click();
  await expect(dialog.getByText('Nothing saved yet.')).toBeVisible();
});

test('classroom flags: hide= hides panels, lock=cell locks the cell, and both stay in the next link', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(readableLink(shortSine(), '&hide=plots,training,gradient,export&lock=cell'));
  await expect(experimentName(page)).toHaveText('Short sine');
  await expect(page.locator('[data-panel="plots"]')).toBeHidden();
  for (const panel of await page.locator('[data-panel="training"]').all()) await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Gradients', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();
  await expect(page.locator('[data-panel="data"]')).toBeVisible();
  await expect(page.locator('[data-panel="palette"]')).toBeVisible();
  await expect(page.getByText('Locked by the link: the cell can be studied, not edited.', { exact: true })).toBeVisible();
  const canvas = page.getByRole('application', { name: 'Cell editor', includeHidden: true });
  await expect(canvas).toHaveAccessibleDescription(/^Locked by the link: the cell can be studied, not edited\./);
  const gates = await cellDiagram(page).getByRole('img').count();
  await canvas.evaluate((el) => (el as HTMLElement).focus());
  expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(false);
  await page.keyboard.press('h');
  await page.getByRole('button', { name: 'H', exact: true }).dispatchEvent('click');
  await expect(cellDiagram(page).getByRole('img')).toHaveCount(gates);
  expect(await page.locator('[data-panel="palette"]').getAttribute('inert')).not.toBeNull();
  const link = await share(page);
  expect(link).toMatch(/&hide=plots,training,gradient,export&lock=cell$/);
  await context.close();
});

test('classroom flags the lab does not know are named in a warning, and the cell is not locked by a mistyped lock', async ({ page }) => {
  await page.goto(readableLink(shortSine(), '&hide=plots,bogus&lock=cells'));
  await expect(experimentName(page)).toHaveText('Short sine');
  const warning = page.getByTestId('link-warnings');
  await expect(warning).toContainText('The link was opened, but part of it was ignored:');
  await expect(warning).toContainText("unknown panel 'bogus' in hide= (known: palette, timeline, training, plots, bloch, gradient, data, export); it is ignored");
  await expect(warning).toContainText("unknown lock target 'cells' in lock= (known: cell); it is ignored");
  await expect(page.locator('[data-panel="plots"]')).toBeHidden();
  await expect(page.getByText('Locked by the link: the cell can be studied, not edited.', { exact: true })).toHaveCount(0);
  await warning.getByRole('button', { name: "Dismiss the link's warnings" }).click();
  await expect(warning).toHaveCount(0);
});

test('the Export menu: OpenQASM 3 with Copy and Download, Python scripts, JSON and pictures of every drawing', SCREENSHOT, async ({ page }) => {
  const requests = recordRequests(page);
  await recordViolations(page);
  await openLab(page);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem', { name: 'OpenQASM 3…' })).toBeFocused();
  for (const name of ['Python for PennyLane (.py)', 'Python for Qiskit (.py)', 'Python with numpy only (.py)', 'Experiment JSON (.json)', 'One step of the cell as SVG', 'Outputs per step as PNG', 'Loss per epoch as SVG']) {
    await expect(menu.getByRole('menuitem', { name })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('export-menu.png') });
  await page.keyboard.press('ArrowUp'); // wraps from the first item to the last
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'OpenQASM 3…' }).click();
  const qasm = page.getByRole('dialog', { name: 'OpenQASM 3' });
  await expect(qasm.getByRole('textbox', { name: 'OpenQASM 3 program' })).toHaveValue(/OPENQASM 3\.0;\ninclude "stdgates\.inc";/);
  const [qasmFile] = await Promise.all([page.waitForEvent('download'), qasm.getByRole('button', { name: 'Download .qasm' }).click()]);
  expect(qasmFile.suggestedFilename()).toBe('sine-prediction-1-data-2-hidden.qasm');
  await page.keyboard.press('Escape');

  const downloads: [string, string][] = [
    ['Python with numpy only (.py)', 'sine-prediction-1-data-2-hidden-numpy.py'],
    ['Experiment JSON (.json)', 'sine-prediction-1-data-2-hidden.json'],
    ['Loss per epoch as SVG', 'sine-prediction-1-data-2-hidden-loss-per-epoch.svg'],
    ['One step of the cell as PNG', 'sine-prediction-1-data-2-hidden-one-step-of-the-cell.png'],
  ];
  const saved: Record<string, Buffer> = {};
  for (const [item, file] of downloads) {
    await exportButton.click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: item }).click()]);
    expect(download.suggestedFilename()).toBe(file);
    saved[file] = await readFile(await download.path());
  }
  expect(saved['sine-prediction-1-data-2-hidden-numpy.py'].toString()).toMatch(/import numpy as np/);
  expect(JSON.parse(saved['sine-prediction-1-data-2-hidden.json'].toString()).name).toBe(SINE);
  const svg = saved['sine-prediction-1-data-2-hidden-loss-per-epoch.svg'].toString();
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
  expect(svg).toMatch(/class="chart-line chart-line--train"[^>]*style="[^"]*stroke: rgb\(0, 114, 178\)/);
  expect([...saved['sine-prediction-1-data-2-hidden-one-step-of-the-cell.png'].subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(foreignRequests(requests)).toEqual([]);
  expect(await violations(page)).toEqual([]);
});
