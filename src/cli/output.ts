/**
 * Writing a command's result to `--out FILE`. The path is checked before any work, so a
 * mistyped folder is refused at once (exit 2, naming the option) rather than after minutes of
 * training; and a write that still fails afterwards never loses the result: it goes to
 * standard output instead, and standard error says so.
 */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args';

/** Refuses an `--out` path that cannot be written: a folder that does not exist, a directory, no permission. */
export function checkOutPath(path: string, option = '--out'): void {
  const refuse = (why: string) => new UsageError(`option '${option}': cannot write '${path}': ${why}`);
  if (path === '') throw refuse('give a file name');
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw refuse(reason(error));
  }
  if (stat?.isDirectory()) throw refuse(`it is a directory; give a file name, like ${path.replace(/\/*$/, '')}/result.json`);
  if (stat) {
    try { accessSync(path, constants.W_OK); } catch (error) { throw refuse(reason(error)); }
    return;
  }
  const folder = dirname(resolve(path));
  let dir;
  try {
    dir = statSync(folder);
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code === 'ENOENT' ? `the folder ${folder} does not exist` : reason(error));
  }
  if (!dir.isDirectory()) throw refuse(`${folder} is not a folder`);
  try { accessSync(folder, constants.W_OK | constants.X_OK); } catch (error) { throw refuse(`the folder ${folder} is not writable (${reason(error)})`); }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOTDIR') return 'a part of the path is not a folder';
  return e.message ?? String(error);
}

/**
 * Writes `text` to `path`. When that fails, the result is not lost: unless it is already on
 * standard output (`onStdout`), `text` is printed there; standard error names the option, the
 * reason and where the result went. Returns whether the file was written.
 */
export function writeOut(path: string, text: string, what: string, onStdout = false, option = '--out'): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (error) {
    if (!onStdout) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    process.stderr.write(`qrnn: option '${option}': could not write '${path}' (${reason(error)}); the ${what} is on standard output instead\n`);
    return false;
  }
}
