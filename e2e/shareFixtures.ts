/**
 * Helpers of the share-link and bad-input journeys: record every request a page makes (to
 * prove none leaves the app's origin) and every Content Security Policy violation, read the
 * message bar, the parameter table and the
 * worker's training history, wait for the URL sync and the autosave, and build links.
 */
import { expect, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The app's origin in the journeys (playwright.config.ts, `vite preview` on E2E_PORT, default 4173). */
export const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

/** A preset file of `public/experiments/`, parsed. */
export function presetJson(file: string): Record<string, unknown> & { name: string; training: { epochs: number } } {
  return JSON.parse(readFileSync(new URL(`../public/experiments/${file}`, import.meta.url), 'utf8'));
}

/** A readable link (`#j=`) to `experiment`. */
export function readableLink(experiment: unknown, flags = ''): string {
  return `/#j=${encodeURIComponent(JSON.stringify(experiment))}${flags}`;
}

/** Starts recording the URL of every request `page` makes. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(request.url()));
  return urls;
}

/**
 * Starts recording the Content Security Policy violations of `page` (directive and what was
 * blocked), from before its first script runs; read them with {@link violations}.
 */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** The violations recorded so far. */
export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** The requests that went anywhere but the app's own origin (its `blob:` and `data:` URLs are the page's own). */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !(url.startsWith(`${ORIGIN}/`) || url.startsWith(`blob:${ORIGIN}/`) || url.startsWith('data:')));
}

/** The message bar's alert about a refused link, file or CSV. */
export const loadMessage = (page: Page) => page.locator('.message-bar[role="alert"]');

/** The experiment's name in the top bar. */
export const experimentName = (page: Page) => page.getByRole('heading', { level: 1 });

/** The parameter table of the Cell panel as `name=value` lines. */
export async function parameterTable(page: Page): Promise<string[]> {
  const rows = page.locator('.param-table tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('th')?.firstChild?.textContent}=${tr.querySelector('td')?.textContent}`));
}

/** One epoch of the worker's history, as `window.__qrnnLab.history()` gives it. */
export interface HistoryRow {
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  circuitExecutions: number;
  shots: number;
}

/** The page's training history. */
export const trainingHistory = (page: Page) =>
  page.evaluate(() => (window as unknown as { __qrnnLab?: { history(): HistoryRow[] } }).__qrnnLab?.history() ?? []);

/** Waits until the address bar holds a compressed link, and returns its fragment. */
export async function linkFragment(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toMatch(/^#e=1\./);
  return page.evaluate(() => location.hash);
}

/** Waits until this tab's autosave (its slot id is in `sessionStorage`) holds an experiment named `name`. */
export async function autosavedAs(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => {
    const record = localStorage.getItem(`qrnn-lab:autosave:${sessionStorage.getItem('qrnn-lab:tab')}`);
    return record ? (JSON.parse(JSON.parse(record).text) as { name: string }).name : null;
  }), { timeout: 10_000 }).toBe(name);
}

/** Presses Play and waits until the run has finished. */
export async function trainToTheEnd(page: Page): Promise<void> {
  await page.locator('button[aria-label="Play"]').click();
  await expect(page.getByTestId('training-status')).toHaveText('Finished', { timeout: 45_000 });
}
