/**
 * Figure 3.8's ceiling (docs/performance.md §3.8): what two cores give Chromium on this
 * machine when nothing is synchronised. One and then two Web Workers (interleaved: 1, 2, 2,
 * 1, ...) each train their own copy of the default preset with the pure trainer; the ratio
 * is the epochs per second of two workers together over one's. The page's two-thread
 * training shares every mini-batch and so waits for its helper twice an epoch; it cannot
 * beat this figure, which is the bound to read its ratio against.
 *
 * The worker is bundled with esbuild into a temporary folder and served, with a bare page
 * that starts the workers, by a small static server: no lab page, no rendering.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './browser';
import { chromiumTicks, cpuBetween, cpuFields, cpuUse, type CpuUse } from './threadCpu';
import type { Figure } from './figures';

const PAGE = `<!doctype html><meta charset="utf-8"><title>two-core ceiling</title><script type="module">
let workers = [];
const train = (text, epochs) => new Promise((resolve, reject) => {
  const worker = new Worker('worker.js', { type: 'module' });
  workers.push(worker);
  worker.onmessage = (event) => resolve(event.data);
  worker.onerror = (event) => reject(new Error(event.message));
  worker.postMessage({ text, epochs });
});
window.trainSideBySide = (text, epochs, count) => Promise.all(Array.from({ length: count }, () => train(text, epochs)));
// Ended apart from training, so that the bench reads the workers' CPU time while their threads still exist.
window.endWorkers = () => { for (const worker of workers) worker.terminate(); workers = []; };
</script>`;

interface Trained { ms: number; trainLoss: number | null }

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const name = request.url === '/worker.js' ? 'worker.js' : 'index.html';
    response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' });
    response.end(readFileSync(join(dir, name)));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

/**
 * The ceiling for `presetFile` trained for `epochs` epochs per worker, `rounds` times with
 * one worker and with two. Each round's workers are new, so each first runs a short warm-up
 * of the same file (its compiler's start is not the figure).
 */
export async function ceilingFigure(presetFile: string, rounds: number, epochs: number): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'qrnn-ceiling-'));
  const built = buildSync({ entryPoints: [fileURLToPath(new URL('./ceilingWorker.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  writeFileSync(join(dir, 'worker.js'), built.outputFiles[0].contents);
  writeFileSync(join(dir, 'index.html'), PAGE);
  const text = readFileSync(presetFile, 'utf8');
  const { server, base } = await serve(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(() => 'trainSideBySide' in window);
    const trainSideBySide = (count: number, n: number) => page.evaluate(([t, e, c]) => (window as unknown as { trainSideBySide(text: string, epochs: number, count: number): Promise<Trained[]> }).trainSideBySide(t, e, c), [text, n, count] as const);
    const rate: Record<1 | 2, number[]> = { 1: [], 2: [] };
    const cpu: Record<1 | 2, CpuUse[]> = { 1: [], 2: [] };
    const losses: (number | null)[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const count of (r % 2 === 0 ? [1, 2] : [2, 1]) as (1 | 2)[]) {
        await trainSideBySide(count, Math.max(1, Math.round(epochs / 8)));
        await page.evaluate(() => (window as unknown as { endWorkers(): void }).endWorkers());
        const ticks = chromiumTicks();
        const started = Date.now();
        const runs = await trainSideBySide(count, epochs);
        const wallMs = Date.now() - started;
        const used = cpuBetween(ticks, chromiumTicks());
        await page.evaluate(() => (window as unknown as { endWorkers(): void }).endWorkers());
        // Two workers together have done 2 x epochs when the slower one ends.
        const ms = Math.max(...runs.map((run) => run.ms));
        rate[count].push((count * epochs) / (ms / 1000));
        // The workers' start is in the CPU time and the wall time, not in `ms`.
        if (used) cpu[count].push(cpuUse(used, wallMs, count * epochs));
        losses.push(...runs.map((run) => run.trainLoss));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const round = (x: number) => Math.round(x * 100) / 100;
    const one = median(rate[1]), two = median(rate[2]);
    return {
      name: 'browser-two-core-ceiling', preset: 'sine', epochs, rounds, epochsPerSecond1: round(one), epochsPerSecond2: round(two), ratio: round(two / one),
      identical: losses.every((loss) => Object.is(loss, losses[0])), samples1: rate[1].map(round), samples2: rate[2].map(round),
      ...cpuFields(cpu[1], '1'), ...cpuFields(cpu[2], '2'),
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
