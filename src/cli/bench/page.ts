/**
 * Figure 6 (docs/performance.md §3.6), static part: the JavaScript a browser must fetch before first paint, gzipped.
 * Read from the production build: the entry script and the modules it preloads, as
 * `index.html` lists them; lazily loaded chunks (three.js, the worker) are reported apart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

export function firstPaintFigure(distDir: string): Figure {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no build at ${distDir}: run \`npm run build\` first`);
  const html = readFileSync(indexPath, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(scripts)].map((src) => join(distDir, src.replace(/^\.?\//, '')));
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const firstPaint = files.reduce((sum, f) => sum + gz(f), 0);
  const assets = join(distDir, 'assets');
  const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && !files.some((p) => p.endsWith(f)));
  return {
    name: 'page-first-paint-kb',
    kb: Math.round((firstPaint / 1024) * 10) / 10,
    files: files.map((f) => f.slice(distDir.length + 1)),
    lazyKb: Object.fromEntries(lazy.map((f) => [f, Math.round((gz(join(assets, f)) / 1024) * 10) / 10])),
  };
}
