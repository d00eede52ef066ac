/**
 * Downloads made in the page: text or a blob handed to the browser through a temporary
 * object URL and an `<a download>` click, and the file names they get. A name is made from
 * the experiment's name by keeping letters, digits, `-` and `_` (the rest become single
 * dashes), so any name is a safe file name on every system.
 */

/** Longest stem of a file name made from an experiment name. */
export const MAX_STEM = 80;

/** A safe file name `<stem>.<extension>` from `name` (`experiment` when nothing is left of it). */
export function fileNameFor(name: string, extension: string, suffix = ''): string {
  const stem = `${name}${suffix ? ` ${suffix}` : ''}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '')
    .toLowerCase();
  return `${stem || 'experiment'}.${extension}`;
}

/** Offers `blob` as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers `text` as a download named `name` of MIME type `type`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}
