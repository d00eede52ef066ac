/**
 * Worker threads of the command line (`qrnn study`'s pool, `qrnn train --threads`'s helpers),
 * started from one prebuilt file per module.
 *
 * The command line runs its TypeScript through tsx. A worker thread booted the same way
 * registers tsx again and links a hundred modules one by one: about a quarter of a second
 * per thread alone, twice that with two threads starting side by side on two cores. Runs
 * now take well under a second, so that start weighed as much as a run (docs/performance.md
 * §4). Instead the module is bundled once per process with esbuild (about a tenth of a
 * second) into one ES module file, which a thread loads in a few milliseconds. The file is
 * named by a hash of its contents, so concurrent processes share it and never see a half
 * written one (it is renamed into place).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { buildSync } from 'esbuild';

const bundles = new Map<string, string>();

/** The path of one JavaScript file holding `module` (a file URL) and everything it imports. */
export function bundledWorker(module: string): string {
  const known = bundles.get(module);
  if (known) return known;
  const built = buildSync({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'qrnn-lab-workers');
  const path = join(dir, `${hash}.mjs`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, path);
  }
  bundles.set(module, path);
  return path;
}

/** A worker thread running `module` (a file URL of a TypeScript or JavaScript module). */
export function startWorkerThread(module: string, options: WorkerOptions = {}): Worker {
  return new Worker(bundledWorker(module), options);
}
