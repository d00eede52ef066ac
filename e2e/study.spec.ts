/**
 * The Studies journey (issue 15, done-when): the preset menu opens study-spsa-vs-shift in the
 * Studies view with its description, on the shots axis; Run study starts it on the worker
 * pool and runs it to its end, after Cancel has stopped a longer copy of it (opened by link:
 * the preset takes seconds) in flight; the chart draws one band and one mean
 * line per variant; every run equals `qrnn study --json`'s, epoch for epoch, and the CSV
 * download equals its summary; the study's share link opens in a fresh context in the
 * Studies view, ready to run, and running it gives the same table. A link whose study is
 * malformed is refused with the field named, and the experiment stays as it was.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openLab, screenshotPath, SCREENSHOT } from './fixtures';
import { loadMessage, presetJson, readableLink } from './shareFixtures';

const FILE = 'public/experiments/study-spsa-vs-shift.json';

interface Epoch { epoch: number; trainLoss: number | null; testLoss: number | null; circuitExecutions: number; shots: number; seconds?: number }
interface CliRun { variant: string; kind: string; seed: number; parameters: number; status: string; history: Epoch[] }
interface CliSummary { variant: string; kind: string; parameters: number; finalTrainLoss: { mean: number; std: number }; finalTestLoss: { mean: number; std: number }; circuitExecutions: number; shots: number }

/** `qrnn study FILE --json` in Node: the reference the page must equal. */
function cliStudy(file = FILE): { runs: CliRun[]; summary: CliSummary[] } {
  const output = execFileSync('npm', ['run', '--silent', 'qrnn', '--', 'study', file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output);
}

const studyView = (page: Page) => page.getByRole('dialog', { name: 'Studies' });
const status = (page: Page) => studyView(page).getByTestId('study-status');
const pageRuns = (page: Page) => page.evaluate(() => (window as unknown as { __qrnnLab: { studyRuns(): CliRun[] } }).__qrnnLab.studyRuns());
const tableText = (page: Page) => studyView(page).getByTestId('study-table').locator('tbody').innerText();

/** CSV fields of one line (RFC 4180 quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

test('a study runs on the pool, cancels, re-runs, equals the command line, exports its CSV, and its link reproduces the table', SCREENSHOT, async ({ browser, page }) => {
  test.setTimeout(480_000);
  const expected = cliStudy();

  // Cancel, on the same study made a hundred times longer (the preset's takes seconds, too
  // short to catch in flight): a link opens it in the Studies view.
  const long = presetJson('study-spsa-vs-shift.json');
  long.training.epochs = 2000;
  await page.goto(readableLink(long));
  const view = studyView(page);
  await expect(view).toBeVisible({ timeout: 20_000 });
  await expect(status(page)).toHaveText(/^Ready: 6 runs on up to \d+ workers?\./);
  await view.getByRole('button', { name: 'Run study' }).click();
  await expect(status(page)).toHaveText(/^Running on \d+ workers?: \d+ of 6 runs done/);
  await expect(view.getByTestId('study-run-row').first()).toContainText(/epoch [1-9]\d* of 2000/, { timeout: 60_000 });
  await view.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(/^Cancelled after \d+ of 6 runs/);
  await expect(view.getByTestId('study-run-row').filter({ hasText: 'cancelled' }).first()).toBeVisible();
  // The bar shows what was done, not a full bar; the variant that never began says so, not that the axis leaves it off.
  const progress = await view.getByRole('progressbar', { name: 'Study progress' }).evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]);
  expect(progress[0]).toBeLessThan(progress[1] / 10);
  await expect(view.getByTestId('study-chart').locator('text.study-key').filter({ hasText: 'SPSA' })).toHaveText('SPSA, 1000 shots: no epochs run');
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toBeHidden();

  // The preset, from the menu, runs to its end on the same pool.
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('study-spsa-vs-shift.json');
  await expect(view).toBeVisible();
  await expect(view).toContainText('Which method reaches a given loss for fewer shots?');
  await expect(view.getByRole('radio', { name: 'Shots' })).toBeChecked();
  await expect(status(page)).toHaveText(/^Ready: 6 runs on up to \d+ workers?\./);
  await view.getByRole('button', { name: 'Run study' }).click();
  await expect(status(page)).toHaveText('Done: 6 runs.', { timeout: 300_000 });

  // One band and one mean line per variant, on the shots axis.
  const chart = view.getByTestId('study-chart');
  await expect(chart.locator('path.study-band')).toHaveCount(2);
  await expect(chart.locator('path.study-line[data-variant]')).toHaveCount(2);
  expect(await chart.locator('path.study-band').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-variant')))).toEqual(['parameter-shift, 1000 shots', 'SPSA, 1000 shots']);
  await expect(chart.locator('.chart-axis-label').first()).toHaveText('shots spent (log scale)');
  await expect(chart.locator('desc')).toContainText('lines are the mean over seeds, bands the lowest to highest seed');

  // Every run is the command line's, epoch for epoch (all but the wall-clock seconds).
  const strip = (runs: CliRun[]) => runs.map((r) => ({ ...r, history: r.history.map(({ seconds: _, ...h }) => h) }));
  expect(await pageRuns(page)).toEqual(strip(expected.runs));

  // The CSV equals the command line's summary.
  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8').trimEnd().split('\r\n');
  expect(csv[0]).toBe('variant,kind,parameters,finalTrainLoss.mean,finalTrainLoss.std,finalTestLoss.mean,finalTestLoss.std,circuitExecutions,shots,runs');
  expect(csv.slice(1).map(csvFields)).toEqual(expected.summary.map((s) => [
    s.variant, s.kind, String(s.parameters), String(s.finalTrainLoss.mean), String(s.finalTrainLoss.std), String(s.finalTestLoss.mean), String(s.finalTestLoss.std),
    String(s.circuitExecutions), String(s.shots), '3',
  ]));
  const table = await tableText(page);
  await page.screenshot({ path: screenshotPath('study.png') });

  // The study's share link opens, in a fresh context, the same study, ready to run; running it gives the same table.
  await view.getByRole('button', { name: 'Share', exact: true }).click();
  const shareDialog = page.getByRole('dialog', { name: 'Share link' });
  const link = await shareDialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#e=1\./);
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(studyView(fresh)).toBeVisible({ timeout: 20_000 });
  await expect(status(fresh)).toHaveText(/^Ready: 6 runs/);
  await expect(studyView(fresh).getByRole('radio', { name: 'Shots' })).toBeChecked();
  await studyView(fresh).getByRole('button', { name: 'Run study' }).click();
  await expect(status(fresh)).toHaveText('Done: 6 runs.', { timeout: 300_000 });
  expect(await tableText(fresh)).toBe(table);
  await fresh.context().close();
});

test('a link whose study is malformed is refused with the field named, and the experiment stays', async ({ page }) => {
  const sine = presetJson('sine.json');
  await page.goto(readableLink({ ...sine, name: 'Broken study', study: { variants: [{ name: 'broken', set: { 'training.epochs': -1 } }], seeds: [1] } }));
  await expect(loadMessage(page)).toContainText(/The link was not loaded: the link's experiment is invalid: study\.variants\[0\]\.set: makes the file invalid: training\.epochs/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sine.name);
  await expect(studyView(page)).toHaveCount(0);
});

test('a refused baseline size is put back, marked invalid and explained under its field', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Studies' }).click();
  const view = studyView(page);
  await view.getByRole('button', { name: 'Start a study from this experiment' }).click();
  await view.getByRole('checkbox', { name: 'LSTM' }).check();
  const size = view.getByRole('spinbutton', { name: 'LSTM hidden units' });
  await expect(size).toHaveValue('2');
  for (const bad of ['0', '2.5', '-1']) {
    await size.fill(bad);
    await size.press('Enter');
    await expect(size).toHaveValue('2');
    await expect(size).toHaveAttribute('aria-invalid', 'true');
    await expect(size).toHaveAccessibleDescription(/^Hidden units: .+; kept at 2\.$/);
  }
  await size.fill('3');
  await size.press('Enter');
  await expect(size).toHaveAttribute('aria-invalid', 'false');
  await expect(view.getByRole('alert')).toHaveCount(0);
});

test('Add a variant: the adjoint takes no shots, and a refusal goes once the form is edited', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Studies' }).click();
  const view = studyView(page);
  await view.getByRole('button', { name: 'Start a study from this experiment' }).click();
  const form = view.getByRole('form', { name: 'Add a variant' });
  const shots = form.getByRole('textbox', { name: 'Shots (blank: exact)' });
  await expect(shots).toHaveValue('1000');
  await form.getByRole('combobox', { name: 'Gradient method' }).selectOption('adjoint');
  await expect(shots).toHaveValue('');
  await expect(shots).toBeDisabled();
  await expect(shots).toHaveAccessibleDescription('The adjoint is exact and runs only on a simulator: it takes no shots.');
  const name = form.getByRole('textbox', { name: 'Variant name' });
  await expect(name).toHaveValue('adjoint, exact');
  await form.getByRole('button', { name: 'Add variant' }).click();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add variant' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await name.fill('adjoint, second');
  await expect(form.getByRole('alert')).toHaveCount(0);
});

test('the Studies view at desktop, laptop and phone sizes, in the light and the dark theme', SCREENSHOT, async ({ page }) => {
  test.setTimeout(300_000);
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('study-spsa-vs-shift.json');
  const view = studyView(page);
  await view.getByRole('button', { name: 'Run study' }).click();
  await expect(status(page)).toHaveText('Done: 6 runs.', { timeout: 240_000 });
  await view.getByRole('textbox', { name: 'Executions to reach train loss' }).fill('0.02');
  await view.getByRole('textbox', { name: 'Executions to reach train loss' }).press('Enter');
  await expect(view.getByTestId('study-table')).toContainText('executions to reach 0.02');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [name, width, height] of [['1440', 1440, 900], ['1024', 1024, 768], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await expect(view.getByTestId('study-chart').locator('path.study-band')).toHaveCount(2);
      // From the top of the sheet, nothing focused: the picture a reader sees on opening it.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await view.locator('.sheet-body').evaluate((body) => { body.scrollTop = 0; });
      // Nothing in the sheet is wider than it: it never scrolls sideways under a finger.
      expect(await view.locator('.sheet-body').evaluate((body) => body.scrollWidth - body.clientWidth)).toBeLessThanOrEqual(0);
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`study-${name}-${theme}.png`) });
    }
  }
});

test('study-qrnn-vs-qlstm: the QLSTM variant trains on the page\'s pool exactly as qrnn study trains it, beside the QRNN and the LSTM', async ({ page }) => {
  const expected = cliStudy('public/experiments/study-qrnn-vs-qlstm.json');
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('study-qrnn-vs-qlstm.json');
  await expect(status(page)).toHaveText(/^Ready/, { timeout: 60_000 });
  await studyView(page).getByRole('button', { name: 'Run study' }).click();
  await expect(status(page)).toHaveText(/^Done/, { timeout: 180_000 });
  const runs = await pageRuns(page);
  expect(runs.map((r) => `${r.kind} ${r.parameters}`)).toEqual(expected.runs.map((r) => `${r.kind} ${r.parameters}`));
  expect(runs.some((r) => r.kind === 'qlstm')).toBe(true);
  const strip = (h: Epoch[]) => h.map(({ epoch, trainLoss, testLoss, circuitExecutions, shots }) => ({ epoch, trainLoss, testLoss, circuitExecutions, shots }));
  runs.forEach((run, i) => expect(strip(run.history), `${run.variant}, seed ${run.seed}`).toEqual(strip(expected.runs[i].history)));
});
