/**
 * The figures only a browser can give: one training epoch of each preset in the lab's Web
 * Worker (docs/performance.md §3.5, the worker column), the longest main-thread task while the default
 * preset trains (docs/performance.md §3.6), and the longest while a study runs on the page's worker
 * pool (§3.7). Runs the production build under `vite preview` in Debian's
 * Chromium through Playwright, as the end-to-end tests do; the epoch time is the worker's own
 * measure (`elapsedMs` over the epochs of each progress report), so it excludes rendering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { Figure } from './figures';
import { chromiumTicks, cpuBetween, cpuFields, cpuUse, type CpuSeconds, type CpuUse } from './threadCpu';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PORT = 4178;
const BASE = `http://localhost:${PORT}/`;
/** Debian's Chromium as the journeys run it (playwright.config.ts). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];

interface Counters { epoch: number; elapsedMs: number }

async function startPreview(): Promise<ChildProcess> {
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('no build: run `npm run build` first');
  const server = spawn(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'preview', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${BASE}`);
}

const counters = (page: Page) => page.evaluate(() => (window as unknown as { __qrnnLab: { counters(): Counters } }).__qrnnLab.counters());

async function openPreset(page: Page, file: string): Promise<void> {
  await page.getByLabel('Preset').selectOption(file);
  await page.waitForFunction(() => (window as unknown as { __qrnnLab: { counters(): Counters } }).__qrnnLab.counters().epoch === 0);
  await page.locator('[data-computed-by="worker"]').first().waitFor();
  // A study preset opens the Studies view over the page: its epochs are timed on the page's run, so close it.
  if (hasStudy(file)) {
    const studies = page.getByRole('dialog', { name: 'Studies' });
    await studies.getByRole('button', { name: 'Close' }).click();
    await studies.waitFor({ state: 'detached' });
  }
}

/** Whether the preset file `file` has a study block (and so opens in the Studies view). */
const hasStudy = (file: string) => (JSON.parse(readFileSync(`${ROOT}public/experiments/${file}`, 'utf8')) as { study?: unknown }).study !== undefined;

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
const clearLongTasks = (page: Page) => page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });

/** Figure 7, in the browser: the longest main-thread task while `preset`'s study runs on the worker pool, from Run study to Done. */
async function studyLongestTask(page: Page, preset: string): Promise<Figure> {
  await page.getByLabel('Preset').selectOption(`${preset}.json`);
  const view = page.getByRole('dialog', { name: 'Studies' });
  const status = view.getByTestId('study-status');
  await status.filter({ hasText: /^Ready/ }).waitFor({ timeout: 60_000 });
  await clearLongTasks(page);
  const started = Date.now();
  await view.getByRole('button', { name: 'Run study' }).click();
  await status.filter({ hasText: /^Done/ }).waitFor({ timeout: 600_000 });
  const wallMs = Date.now() - started;
  const tasks = await longTasks(page);
  const workers = await page.evaluate(() => Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
  await view.getByRole('button', { name: 'Close' }).click();
  return { name: 'study-longest-task-ms', preset, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length, workers, wallMs };
}

/**
 * Worker milliseconds per epoch of the open preset: Play, then one sample per progress report
 * (elapsed worker time over the epochs it covers) until `samples` reports or the run ends.
 */
async function epochTimes(page: Page, samples: number): Promise<number[]> {
  const times: number[] = [];
  let last = await counters(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const deadline = Date.now() + 120_000;
  while (times.length < samples && Date.now() < deadline) {
    await page.waitForTimeout(50);
    const now = await counters(page);
    if (now.epoch > last.epoch) {
      times.push((now.elapsedMs - last.elapsedMs) / (now.epoch - last.epoch));
      last = now;
    }
    const status = await page.evaluate(() => (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab.status());
    if (status !== 'running') break;
  }
  // The run may end between a check and a click (Pause then turns disabled): a refused click is fine once it has.
  await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 5_000 }).catch(async (error: unknown) => {
    const status = await page.evaluate(() => (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab.status());
    if (status === 'running') throw error;
  });
  return times;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { medianMs: r(median), minMs: r(s[0]), maxMs: r(s[s.length - 1]), repeats: s.length };
}

/** The Training settings' Threads select: on the phone-less desktop layout it is in the page at once. */
async function chooseThreads(page: Page, threads: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Threads' }).selectOption(String(threads));
}

/**
 * Trains the open preset from epoch 0 to the end with Play; its history, the worker's
 * milliseconds and the wall milliseconds from the click to the page seeing the run finished
 * (the page checks every 20 ms, in a timer of its own rather than by drawing frames).
 */
async function trainToEnd(page: Page): Promise<{ history: unknown; elapsedMs: number; wallMs: number; epochs: number; longTasks: number[]; cpu: CpuSeconds | null }> {
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  if (await reset.isEnabled()) await reset.click();
  await page.waitForFunction(() => (window as unknown as { __qrnnLab: { counters(): Counters } }).__qrnnLab.counters().epoch === 0);
  await page.waitForTimeout(300);
  await clearLongTasks(page);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await play.waitFor();
  const ticks = chromiumTicks();
  const wallMs = await play.evaluate((play: HTMLButtonElement) => new Promise<number>((resolve) => {
    const lab = (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab;
    const started = performance.now();
    play.click();
    // No named function in here: the command line's compiler would wrap it in a helper the page lacks.
    const timer = setInterval(() => {
      if (lab.status() !== 'finished') return;
      clearInterval(timer);
      resolve(performance.now() - started);
    }, 20);
  }));
  const cpu = cpuBetween(ticks, chromiumTicks());
  const final = await counters(page);
  const history = await page.evaluate(() => (window as unknown as { __qrnnLab: { history(): unknown } }).__qrnnLab.history());
  return { history, elapsedMs: final.elapsedMs, wallMs, epochs: final.epoch, longTasks: await longTasks(page), cpu };
}

/**
 * Figure 3.8 (docs/performance.md): the default preset's epochs per second in the page with
 * one training thread and with two, interleaved (1, 2, 2, 1, 1, 2, ...) in one session, each
 * a whole run from Play to finished timed by the worker; the ratio of the medians, whether
 * every history was bit-identical, and the longest main-thread task from Play to finished
 * with each.
 */
async function threadsFigure(page: Page, rounds: number, epochs: number): Promise<Figure> {
  await openPreset(page, 'sine.json');
  // Long enough runs that the helper's first batches and the page's start of a run are a
  // small part of each (40 epochs take well under a second).
  const field = page.getByLabel('Epochs', { exact: true });
  await field.fill(String(epochs));
  await field.press('Enter');
  const rate: Record<1 | 2, number[]> = { 1: [], 2: [] };
  const wallRate: Record<1 | 2, number[]> = { 1: [], 2: [] };
  const longest: Record<1 | 2, number> = { 1: 0, 2: 0 };
  const cpu: Record<1 | 2, CpuUse[]> = { 1: [], 2: [] };
  const histories: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const threads of (r % 2 === 0 ? [1, 2] : [2, 1]) as (1 | 2)[]) {
      await chooseThreads(page, threads);
      const run = await trainToEnd(page);
      rate[threads].push(run.epochs / (run.elapsedMs / 1000));
      wallRate[threads].push(run.epochs / (run.wallMs / 1000));
      histories.push(JSON.stringify(run.history));
      longest[threads] = Math.max(longest[threads], ...run.longTasks);
      if (run.cpu) cpu[threads].push(cpuUse(run.cpu, run.wallMs, run.epochs));
    }
  }
  await chooseThreads(page, 2);
  const median = (xs: number[]) => summary(xs.map((x) => 1000 / x)).medianMs;
  const one = 1000 / median(rate[1]);
  const two = 1000 / median(rate[2]);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    name: 'page-training-threads', preset: 'sine', epochs, rounds, epochsPerSecond1: round(one), epochsPerSecond2: round(two), ratio: round(two / one),
    identical: histories.every((h) => h === histories[0]), longestTaskMs1: Math.round(longest[1]), longestTaskMs2: Math.round(longest[2]),
    samples1: rate[1].map(round), samples2: rate[2].map(round),
    wallEpochsPerSecond1: round(1000 / median(wallRate[1])), wallEpochsPerSecond2: round(1000 / median(wallRate[2])),
    wallRatio: round(median(wallRate[1]) / median(wallRate[2])),
    ...cpuFields(cpu[1], '1'), ...cpuFields(cpu[2], '2'),
  };
}

/**
 * Runs `measure` on the built page at 1440x900, served by `vite preview` in Chromium, with
 * every main-thread long task recorded from the first script on.
 */
async function withLabPage<T>(measure: (page: Page) => Promise<T>): Promise<T> {
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(BASE);
    await page.locator('[data-computed-by="worker"]').first().waitFor();
    return await measure(page);
  } finally {
    await browser.close();
    server.kill();
  }
}

export function browserFigures(presets: readonly string[], stepsPerPreset = 5, studyPreset?: string): Promise<Figure[]> {
  return withLabPage(async (page) => {
    const figures: Figure[] = [];
    for (const preset of presets) {
      await openPreset(page, `${preset}.json`);
      figures.push({ name: 'epoch', preset, realm: 'worker', ...summary(await epochTimes(page, stepsPerPreset)) });
    }
    // Figure 6 (docs/performance.md §3.6): the default preset trained to the end with Play, long tasks recorded throughout.
    await openPreset(page, 'sine.json');
    await clearLongTasks(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __qrnnLab: { status(): string } }).__qrnnLab.status() === 'finished', undefined, { timeout: 300_000, polling: 250 });
    const wallMs = Date.now() - started;
    const tasks = await longTasks(page);
    const final = await counters(page);
    figures.push({
      name: 'page-longest-task-ms', preset: 'sine', longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length,
      epochs: final.epoch, epochsPerSecond: Math.round((final.epoch / (wallMs / 1000)) * 10) / 10, workerMsPerEpoch: Math.round((final.elapsedMs / final.epoch) * 10) / 10,
    });
    if (studyPreset) figures.push(await studyLongestTask(page, studyPreset));
    return figures;
  });
}

/** Figure 3.8 alone (`npm run bench -- --only threads`). */
export async function threadsFigures(rounds: number, epochs: number): Promise<Figure[]> {
  return withLabPage(async (page) => [await threadsFigure(page, rounds, epochs)]);
}
