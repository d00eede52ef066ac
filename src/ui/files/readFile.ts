/**
 * Reading a file the user opened or dropped: bounded in size before anything is read (a
 * larger file is refused with its size in the message), classified by its name and type as
 * an experiment (`.json`) or a CSV, and read as UTF-8 text. Never throws.
 */

/** Largest file the lab reads (5 MB): every experiment is a few kilobytes, a CSV of 100,000 rows a few megabytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What a file holds, by its name (and type). */
export type FileKind = 'experiment' | 'csv' | 'other';

/** A file's text, or why it was not read. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** The kind of a file named `name` of MIME type `type`. */
export function fileKind(name: string, type = ''): FileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json') || type === 'application/json') return 'experiment';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
  return 'other';
}

/** `bytes` in words: "512 bytes", "1.3 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of `size` bytes is refused, or `null` when it may be read. */
export function sizeProblem(size: number): string | null {
  return size > MAX_FILE_BYTES ? `the file is ${formatSize(size)}, and the lab reads files of up to ${formatSize(MAX_FILE_BYTES)}` : null;
}

/** Reads `file` as text, refusing it first if it is too large. */
export async function readTextFile(file: Blob): Promise<ReadResult> {
  const problem = sizeProblem(file.size);
  if (problem) return { ok: false, message: problem };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `the browser could not read it (${error instanceof Error ? error.message : String(error)})` };
  }
}
