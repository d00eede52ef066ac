/**
 * The production build the page figures measure (`dist/`). `npm run bench` builds it itself
 * when it is missing or older than the sources, rather than skipping the page figures: the
 * build takes a few seconds, a fresh clone has none, and a stale one would silently measure
 * old code. "Older" compares the newest modification time of what goes into the bundle
 * (`index.html`, `public/`, `src/` less tests and the command line, the Vite and TypeScript
 * configs, `package.json`) with `dist/index.html`, which Vite writes last.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why the build is needed, or `null` when `dist/` is up to date. */
export function buildNeeded(root: string): string | null {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'no build in dist/';
  const built = statSync(index).mtimeMs;
  const inputs = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.app.json', 'tsconfig.worker.json', 'tsconfig.core.json', 'tsconfig.base.json', 'public', 'src'];
  const newer = inputs.map((p) => join(root, p)).find((p) => newestMtime(p) > built);
  return newer ? `dist/ is older than ${newer.slice(root.length).replace(/^[\\/]/, '')}` : null;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory() ? child.endsWith(join('src', 'cli')) : /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestMtime(child));
  }
  return newest;
}

let built: Promise<void> | null = null;

/**
 * Vite's reason for a failed build on one line: its first tagged error (`[plugin] message`),
 * else the first line after "error during build:", with the first `file:line:column` it names.
 */
export function buildError(output: string): string | null {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at '));
  const after = lines.slice(lines.findIndex((l) => /error during build/i.test(l)) + 1);
  const message = after.find((l) => /^\[[^\]]+\]/.test(l)) ?? after.find((l) => !/^Build failed with/i.test(l));
  if (!message) return null;
  const where = /[\w./-]+\.(?:tsx?|jsx?|css|html|json):\d+:\d+/.exec(text)?.[0];
  return where && !message.includes(where) ? `${message} (${where})` : message;
}

/**
 * Builds `dist/` with `vite build` if {@link buildNeeded}, once per process (the page and
 * browser groups share it). Progress goes to `log`; a failed build rejects with one line.
 */
export function ensureBuild(root: string, log: (line: string) => void): Promise<void> {
  built ??= (async () => {
    const why = buildNeeded(root);
    if (!why) return;
    log(`bench: ${why}; running vite build...`);
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
    if (r.error) throw new Error(`vite build could not start: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`vite build failed: ${buildError(`${r.stderr}\n${r.stdout}`) ?? `exit code ${r.status}`}`);
  })();
  return built;
}
