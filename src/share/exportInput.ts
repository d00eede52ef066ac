/**
 * What every export starts from: the experiment's first sequence (the one `qrnn simulate`
 * runs) and the lab's own results on it, to print beside the exported program. The share
 * realm does not import `src/data` (its lint boundary), so a generated dataset's first window
 * is passed in by the caller (`firstSequence` from `src/data`, as the command line's
 * `primarySequence` does); inline data needs nothing.
 */
import { inlineSequence } from '../model/sequence';
import { simulate, type SimulationResult } from '../simulation/simulate';
import type { AnyExperiment, Experiment, InlineData, Sequence } from '../model/types';

/** Options every export accepts. */
export interface ExportOptions {
  /** The sequence to unroll over; required when `data` is a generator, defaults to the inline data. */
  sequence?: Sequence;
}

/** The sequence an export unrolls: `sequence` if given, else the inline data. Throws for a generator without `sequence`. */
export function exportSequence(e: Pick<AnyExperiment, 'data'>, sequence?: Sequence): Sequence {
  if (sequence) return sequence;
  if (e.data.kind === 'inline') return inlineSequence(e.data as InlineData);
  throw new Error(`the data is a '${e.data.kind}' generator: pass its first window as the export's sequence (firstSequence from src/data)`);
}

/** The lab's own outputs, expectations and loss on `sequence`, for an export's comparison comments. */
export function labResult(e: Experiment, sequence: Sequence): SimulationResult {
  return simulate(e.model, e.params, sequence, e.loss, { bloch: false });
}

/**
 * `v` as the shortest decimal text that reads back as the same double, always with a `.` or
 * an exponent so that OpenQASM and Python read it as a float (`3` is written `3.0`).
 */
export function formatNumber(v: number): string {
  const text = Object.is(v, -0) ? '0' : String(v);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `text` made safe for a one-line comment: line breaks and other control characters become spaces. */
export function commentText(text: string): string {
  return Array.from(text, (c) => (isControl(c.codePointAt(0) as number) ? ' ' : c)).join('');
}

/** C0 and C1 control characters and the Unicode line and paragraph separators. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
