import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
const servers = ['a', 'b'].map((v, i) => spawn(process.execPath, ['/work/main/node_modules/vite/bin/vite.js', 'preview', '--outDir', `/tmp/dist-${v}`, '--port', String(4190 + i), '--strictPort'], { cwd: '/work/main', stdio: 'ignore' }));
await new Promise(r => setTimeout(r, 3000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
async function open(port: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://localhost:${port}/`);
  await page.getByLabel('Preset').selectOption('sine.json');
  await page.locator('[data-computed-by="worker"]').first().waitFor();
  const field = page.getByLabel('Epochs', { exact: true });
  await field.fill('300'); await field.press('Enter');
  return page;
}
async function run(page: Page, threads: number) {
  await page.getByRole('combobox', { name: 'Threads' }).selectOption(String(threads));
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  if (await reset.isEnabled()) await reset.click();
  await page.waitForFunction(() => (window as any).__qrnnLab.counters().epoch === 0);
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => (window as any).__qrnnLab.status() === 'finished', null, { timeout: 120000, polling: 50 });
  const c = await page.evaluate(() => (window as any).__qrnnLab.counters());
  const h = await page.evaluate(() => JSON.stringify((window as any).__qrnnLab.history()));
  return { rate: c.epoch / (c.elapsedMs / 1000), h };
}
const pages = { a: await open(4190), b: await open(4191) };
const rates: Record<string, number[]> = { a1: [], a2: [], b1: [], b2: [] };
const histories = new Set<string>();
const rounds = Number(process.argv[2] ?? 5);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? ['b2', 'a2', 'b1', 'a1'] : ['a2', 'b2', 'a1', 'b1'];
  for (const k of order) { const x = await run(pages[k[0] as 'a' | 'b'], Number(k[1])); rates[k].push(x.rate); histories.add(x.h); }
}
const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const k of Object.keys(rates)) console.log(k, med(rates[k]).toFixed(1), rates[k].map((x) => x.toFixed(1)).join(' '));
console.log('ratio a', (med(rates.a2) / med(rates.a1)).toFixed(3), 'ratio b', (med(rates.b2) / med(rates.b1)).toFixed(3), 'b1/a1', (med(rates.b1) / med(rates.a1)).toFixed(3), 'b2/a2', (med(rates.b2) / med(rates.a2)).toFixed(3), 'histories', histories.size);
await browser.close(); for (const s of servers) s.kill();
