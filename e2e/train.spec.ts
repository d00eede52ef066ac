/**
 * The training journey on the sine preset (40 epochs): Play trains in the worker and the
 * loss falls below half its first value; Pause stops the epoch counter, Step advances it by
 * exactly one, Reset returns to epoch 0; no main-thread task over 50 ms while training
 * (a `longtask` PerformanceObserver installed before the page loads); and the history the
 * worker produced equals what `qrnn train --json` prints in Node, epoch for epoch, bit for
 * bit. That holds because the pure folders compute sin, cos, exp, acos and the rest from
 * IEEE arithmetic (`src/core/detmath.ts`): the engines' own `Math` functions disagree in the
 * last bit for a few percent of arguments between Node 20's V8 and Chromium's.
 *
 * The long-task window runs from Play to the end of training, less the screenshot taken
 * during it (a capture forces a full paint: the test's work, not the page's); while it is
 * open the test finds elements by CSS and test ids only. Saves screenshots during and after
 * training.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openLab, screenshotPath, SCREENSHOT } from './fixtures';
import { presetJson, readableLink } from './shareFixtures';
import { benchmarkCase } from '../src/cli/bench/benchModel';

const SINE_EPOCHS = 40;
const REPO = fileURLToPath(new URL('..', import.meta.url));

interface HistoryRow {
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  circuitExecutions: number;
  shots: number;
}

/** The page's read-only test handle (`src/app/testHandle.ts`). */
interface LabHandle {
  history(): HistoryRow[];
  counters(): { epoch: number; elapsedMs: number };
}

interface LongTask {
  start: number;
  duration: number;
  /** What ran in the long animation frames overlapping the task (Chromium's LoAF entries). */
  scripts?: string[];
}

/**
 * Runs in the page before any of its scripts: records every long task, and the scripts of
 * every long animation frame, so a failure says what ran.
 */
function observeLongTasks(): void {
  const tasks: LongTask[] = [];
  const frames: { start: number; end: number; scripts: string[] }[] = [];
  Object.assign(window, { __longTasks: tasks, __longFrames: frames });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const scripts = ((entry as unknown as { scripts?: { invoker: string; sourceFunctionName: string; duration: number }[] }).scripts ?? [])
        .map((s) => `${s.invoker} ${s.sourceFunctionName} ${Math.round(s.duration)} ms`);
      frames.push({ start: entry.startTime, end: entry.startTime + entry.duration, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** The long tasks with the scripts of the long animation frames they overlap. */
function longTasksWithScripts(): LongTask[] {
  const w = window as unknown as { __longTasks: LongTask[]; __longFrames: { start: number; end: number; scripts: string[] }[] };
  return w.__longTasks.map((t) => ({
    ...t,
    scripts: w.__longFrames.filter((f) => f.start <= t.start + t.duration && f.end >= t.start).flatMap((f) => f.scripts),
  }));
}

type RunButton = 'Play' | 'Pause' | 'Step' | 'Reset';

/**
 * A run button by its accessible name, found with a CSS selector on `aria-label`: role
 * queries compute the accessible name of every element in the page's main thread, which
 * is the test's own work and would show up as long tasks while training is measured.
 */
const button = (page: Page, name: RunButton) => page.locator(`button[aria-label="${name}"]`);
const status = (page: Page) => page.getByTestId('training-status');
const epochCounter = (page: Page) => page.getByTestId('training-epoch');
const epochNow = async (page: Page) => Number(await epochCounter(page).textContent());
const now = (page: Page) => page.evaluate(() => performance.now());
const pageHistory = (page: Page) => page.evaluate(() => (window as unknown as { __qrnnLab?: LabHandle }).__qrnnLab?.history() ?? []);

/** Epochs per second of worker time, as the page's counters say. */
async function workerSpeed(page: Page): Promise<number> {
  const counters = await page.evaluate(() => (window as unknown as { __qrnnLab?: LabHandle }).__qrnnLab?.counters());
  if (!counters) throw new Error('The page exposes no test handle.');
  return counters.epoch / (counters.elapsedMs / 1000);
}

/** Epochs of the Play / Pause / Step run: long enough to pause by hand at 80 epochs a second. */
const RUN_EPOCHS = 400;

/** The worker's least gap between two progress reports (`MIN_REPORT_INTERVAL_MS` in src/worker/trainingRunner.ts). */
const REPORT_INTERVAL_MS = 200;

/**
 * How long a paused run is watched for epochs it should not run: long enough for a running
 * worker to have shown five more reports, at its report cadence or its measured epoch time,
 * whichever is slower (so a slow machine is watched longer, never too briefly to catch one).
 */
async function quietWindowMs(page: Page): Promise<number> {
  return Math.max(5 * REPORT_INTERVAL_MS, 5 * (1000 / (await workerSpeed(page))));
}

/** Waits until `ms` have passed on the page's own clock (polled: the condition is the page's time). */
async function waitInPage(page: Page, ms: number): Promise<void> {
  const from = await now(page);
  await expect.poll(() => now(page), { intervals: [50] }).toBeGreaterThanOrEqual(from + ms);
}

/**
 * Records in the page every value the epoch counter shows from now on, through a
 * MutationObserver, so that no change between two polls is missed.
 */
async function recordEpochCounter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shown: string[] = [];
    const read = () => document.querySelector('[data-testid="training-epoch"]')?.textContent ?? '';
    let last = read();
    const observer = new MutationObserver(() => {
      const value = read();
      if (value !== last) shown.push((last = value));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    Object.assign(window, { __epochShown: shown, __epochObserver: observer });
  });
}

/** The values the counter showed since {@link recordEpochCounter}; stops recording. */
function epochCounterShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __epochShown: string[]; __epochObserver: MutationObserver };
    w.__epochObserver.disconnect();
    return w.__epochShown;
  });
}

test('Play trains the sine preset in the worker; Pause, Step and Reset control the run; the page stays responsive', SCREENSHOT, async ({ page }) => {
  await page.addInitScript(observeLongTasks);
  await openLab(page);
  await expect(epochCounter(page)).toHaveText('0');
  await expect(status(page)).toHaveText('Ready to train');
  await expect(page.getByTestId('gradient-method')).toHaveText('parameter-shift');
  await expect(page.getByTestId('optimizer')).toHaveText('Adam');
  await expect(page.getByTestId('learning-rate')).toHaveText('0.05');
  for (const name of ['Play', 'Pause', 'Step', 'Reset'] as const) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  await expect(button(page, 'Pause')).toBeDisabled();
  // The preset's 40 epochs take well under a second on two threads: too short to pause by
  // hand. The run here plans more, so Pause lands in the middle of it.
  const epochsField = page.getByLabel('Epochs', { exact: true });
  await epochsField.fill(String(RUN_EPOCHS));
  await epochsField.press('Enter');
  await expect(epochsField).toHaveValue(String(RUN_EPOCHS));

  const started = await now(page);
  const wallStart = Date.now();
  await button(page, 'Play').click();
  await expect(button(page, 'Play')).toBeDisabled();
  await expect(button(page, 'Pause')).toBeEnabled();
  await expect(status(page)).toHaveText('Training…');
  await expect.poll(() => epochNow(page)).toBeGreaterThanOrEqual(2);
  await expect(page.locator('[data-computed-by="worker"]')).toHaveCount(2);
  await expect(page.getByTestId('circuit-executions')).toHaveText(/^\d{1,3}(,\d{3})+$/);
  await expect.poll(() => epochNow(page)).toBeGreaterThanOrEqual(8);
  const shot = [await now(page), 0];
  await page.screenshot({ path: screenshotPath('lab-training.png') });
  shot[1] = await now(page);

  await button(page, 'Pause').click();
  await expect(status(page)).toHaveText('Paused');
  await expect(button(page, 'Play')).toBeEnabled();
  const paused = await epochNow(page);
  expect(paused).toBeLessThan(RUN_EPOCHS);
  // From here to Play, every value the counter shows is recorded in the page: paused, it
  // may change once, by Step, and never on its own.
  await recordEpochCounter(page);
  const quiet = await quietWindowMs(page);
  await waitInPage(page, quiet);
  expect(await epochNow(page)).toBe(paused);

  await button(page, 'Step').click();
  await expect(epochCounter(page)).toHaveText(String(paused + 1));
  await waitInPage(page, quiet);
  await expect(epochCounter(page)).toHaveText(String(paused + 1));
  await expect(status(page)).toHaveText('Paused');
  expect(await epochCounterShown(page)).toEqual([String(paused + 1)]);

  await button(page, 'Play').click();
  await expect(status(page)).toHaveText('Finished', { timeout: 90_000 });
  const ended = await now(page);
  const wallSeconds = (Date.now() - wallStart) / 1000;
  await expect(epochCounter(page)).toHaveText(String(RUN_EPOCHS));
  await expect(button(page, 'Play')).toBeDisabled();
  await expect(button(page, 'Step')).toBeDisabled();

  const history = await pageHistory(page);
  expect(history).toHaveLength(RUN_EPOCHS);
  const first = history[0].trainLoss as number;
  const last = history[RUN_EPOCHS - 1].trainLoss as number;
  expect(last).toBeLessThan(first / 2);
  await expect(page.getByTestId('loss-line-train')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('loss-line-test')).toHaveAttribute('d', /^M/);
  const lossChart = page.getByRole('img', { name: /^Loss per epoch/ });
  await expect(lossChart).toHaveAccessibleName(new RegExp(`^Loss per epoch ${RUN_EPOCHS} of ${RUN_EPOCHS} epochs\\. Train loss from 0\\.4\\d\\d at epoch 1 to 0\\.0\\d+ at epoch ${RUN_EPOCHS}\\..* Linear scale\\.$`));

  const tasks = await page.evaluate(longTasksWithScripts);
  const overlaps = (t: LongTask, from: number, to: number) => t.start + t.duration >= from && t.start <= to;
  const whileTraining = tasks.filter((t) => overlaps(t, started, ended) && !overlaps(t, shot[0], shot[1]));
  const speed = (await workerSpeed(page)).toFixed(2);
  console.log(`sine preset: ${speed} epochs/s of worker time; ${wallSeconds.toFixed(1)} s from Play to finished, with a ${(2 * quiet / 1000).toFixed(1)} s pause; training from ${started.toFixed(0)} to ${ended.toFixed(0)} ms; long tasks while training: ${JSON.stringify(whileTraining)}`);
  test.info().annotations.push(
    { type: 'long tasks while training', description: JSON.stringify(whileTraining) },
    { type: 'epochs per second (worker time)', description: speed },
  );
  expect(whileTraining).toEqual([]);

  await page.getByRole('button', { name: 'Log scale', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Log scale' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lossChart).toHaveAccessibleName(/Logarithmic scale\.$/);
  await page.screenshot({ path: screenshotPath('lab-trained.png') });

  await button(page, 'Reset').click();
  await expect(epochCounter(page)).toHaveText('0');
  await expect(status(page)).toHaveText('Ready to train');
  await expect(lossChart).toHaveAccessibleName('Loss per epoch No training yet.');
  await expect(button(page, 'Play')).toBeEnabled();
  expect(await pageHistory(page)).toEqual([]);
});

/** `qrnn train FILE --json [--epochs E]`'s history, in Node. */
function cliHistory(file: string, epochs?: number): HistoryRow[] {
  const output = execFileSync('npm', ['run', '--silent', 'qrnn', '--', 'train', file, '--json', ...(epochs ? ['--epochs', String(epochs)] : [])], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 120_000,
  });
  return (JSON.parse(output) as { history: HistoryRow[] }).history;
}

/** Every epoch of the page's history equals Node's, bit for bit. */
function expectSameHistory(history: HistoryRow[], cli: HistoryRow[]): void {
  expect(history).toHaveLength(cli.length);
  for (let e = 0; e < cli.length; e++) {
    const [browser, node] = [history[e], cli[e]];
    const at = `epoch ${e + 1}`;
    expect.soft(browser.epoch, at).toBe(node.epoch);
    expect.soft(browser.trainLoss, `train loss of ${at}: ${browser.trainLoss} in the browser, ${node.trainLoss} in Node`).toBe(node.trainLoss);
    expect.soft(browser.testLoss, `test loss of ${at}: ${browser.testLoss} in the browser, ${node.testLoss} in Node`).toBe(node.testLoss);
    expect.soft(browser.circuitExecutions, `circuit executions of ${at}`).toBe(node.circuitExecutions);
    expect.soft(browser.shots, `shots of ${at}`).toBe(node.shots);
  }
}

test("the worker's training history equals the command line's, epoch for epoch and bit for bit, on two threads and on one", async ({ page }) => {
  const cli = cliHistory('public/experiments/sine.json');
  expect(cli).toHaveLength(SINE_EPOCHS);
  await openLab(page);
  const threads = page.getByRole('combobox', { name: 'Threads' });
  // Training takes every core (at most 8) unless told otherwise.
  const cores = Math.min(8, await page.evaluate(() => navigator.hardwareConcurrency));
  expect(cores, 'this journey shares a run over two threads, so the machine must offer two cores').toBeGreaterThanOrEqual(2);
  await expect(threads).toHaveValue(String(cores));
  await threads.selectOption('2');
  await expect(page.getByTestId('threads-note')).toHaveText(/shared out over the threads; the results are the same, bit for bit/);
  await button(page, 'Play').click();
  await expect(status(page)).toHaveText('Finished', { timeout: 45_000 });
  await expect(page.getByTestId('training-threads')).toHaveText('on 2 threads');
  expectSameHistory(await pageHistory(page), cli);

  await threads.selectOption('1');
  await button(page, 'Reset').click();
  await button(page, 'Play').click();
  await expect(status(page)).toHaveText('Finished', { timeout: 45_000 });
  await expect(page.getByTestId('training-threads')).toHaveCount(0);
  expectSameHistory(await pageHistory(page), cli);

  // Shots draw from one seeded stream in order: such a run says it trains on one thread.
  await threads.selectOption('2');
  await page.getByLabel('Shots per expectation (blank: exact)').fill('100');
  await page.getByLabel('Shots per expectation (blank: exact)').press('Enter');
  await expect(page.getByTestId('threads-note')).toHaveText('This run trains on one thread whatever is chosen: shots are set, and their random numbers are drawn in one seeded order, window after window.');
});

test('a 4 + 4 model, whose steps run on the SIMD WebAssembly kernels, trains in the worker exactly as in Node', async ({ page }) => {
  // The benchmark model at 4 + 4 qubits on the sine data: from the second step its working
  // state has 4,096 entries, enough for src/core/simd, in Node and in Chromium alike.
  const EPOCHS = 2;
  const c = benchmarkCase(4, 4, 6);
  const sine = presetJson('sine.json') as unknown as Record<string, unknown> & { training: Record<string, unknown> };
  const experiment = {
    ...sine, name: 'Benchmark model, 4 + 4', model: c.model, params: c.params,
    training: { ...sine.training, epochs: EPOCHS, gradient: { method: 'adjoint', shots: null } },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'qrnn-simd-')), 'four-four.json');
  writeFileSync(file, JSON.stringify(experiment));
  const cli = cliHistory(file);
  expect(cli).toHaveLength(EPOCHS);
  await page.goto(readableLink(experiment));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benchmark model, 4 + 4', { timeout: 20_000 });
  await button(page, 'Play').click();
  await expect(status(page)).toHaveText('Finished', { timeout: 90_000 });
  expectSameHistory(await pageHistory(page), cli);
});

test('the hybrid Lorenz preset (input layer, probabilities, two outputs) trains in the worker exactly as in Node', async ({ page }) => {
  const EPOCHS = 4;
  const cli = cliHistory('public/experiments/hybrid-lorenz.json', EPOCHS);
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('hybrid-lorenz.json');
  await expect(page.getByRole('heading', { name: /Hybrid QRNN, Lorenz/ }).or(page.getByText('Hybrid QRNN, Lorenz x to (y, z)').first())).toBeVisible();
  // The preset says what it shows and what was scaled down, one click away.
  const about = page.getByTestId('experiment-about');
  await expect(about).toContainText('About this experiment:');
  await about.getByText('About this experiment:').click();
  await expect(about).toContainText('The paper used 8 qubits');
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill(String(EPOCHS));
  await epochs.press('Enter');
  await button(page, 'Play').click();
  await expect(status(page)).toHaveText('Finished', { timeout: 60_000 });
  expectSameHistory(await pageHistory(page), cli);
  // Both outputs are drawn against their targets.
  const outputs = page.locator('svg.outputs-chart g.chart-series g.chart-output');
  await expect(outputs).toHaveCount(2);
});

test('the training settings are edited in the panel: a refused value is named, a new epoch count is used', async ({ page }) => {
  await openLab(page);
  const rate = page.getByLabel('Learning rate', { exact: true });
  await rate.fill('-1');
  await rate.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Learning rate:' })).toContainText('greater than 0');
  await expect(page.getByTestId('learning-rate')).toHaveText('0.05');
  await rate.fill('0.1');
  await rate.press('Enter');
  await expect(page.getByTestId('learning-rate')).toHaveText('0.1');
  // The file's null is a blank field in the panel, and the message says so.
  const shots = page.getByLabel('Shots per expectation (blank: exact)', { exact: true });
  await shots.fill('0');
  await shots.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Shots per expectation:' })).toContainText('must be blank (exact expectations) or a number of shots');
  await expect(shots).toHaveValue('');
  await page.getByLabel('Gradient method').selectOption('adjoint');
  await expect(page.getByTestId('gradient-method')).toHaveText('adjoint');
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill('5');
  await epochs.press('Enter');
  // Before any run the counter follows the edit.
  await expect(page.getByTestId('training-epoch').locator('..')).toHaveText('0 / 5');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('training-epoch')).toHaveText('5', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab.status())).toBe('finished');
  // The Cell panel shows the trained parameters, not the file's.
  const params = page.getByRole('region', { name: 'Parameters' });
  await expect(params.getByText('after epoch 5')).toBeVisible();
  await expect(params.getByRole('row', { name: /^a / })).not.toContainText('0.400');
});

test('ridge (the echo-state preset) disables the learning rate and the batch size, and says why', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('qesn-lorenz.json');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('ridge');
  const why = 'Ridge fits the head in one least-squares solve over every training window, so there is no learning rate and no batch.';
  for (const label of ['Learning rate', 'Batch size']) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toBeDisabled();
    await expect(field).toHaveAccessibleDescription(why);
  }
});
