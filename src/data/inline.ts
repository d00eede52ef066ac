/**
 * The `inline` kind: one sequence written out in the experiment. Inputs are numbers or
 * vectors of numbers (all of one length); a target is a number or a list of one number per
 * output (docs/spec.md §5.3), and a `null` target is a step that is not scored. The
 * data are used as given: no windowing, no normalisation, no test part.
 */
import type { FieldError, Sequence } from '../model/types';
import { MAX_POINTS } from './fields';

/** The inline sequence, or errors naming `data.inputs[t]` / `data.targets[t]`. */
export type InlineResult = { ok: true; sequence: Sequence } | { ok: false; errors: FieldError[] };

/** Most errors reported for one list before the rest are summarised. */
const MAX_ERRORS = 5;

/** The number of outputs the targets are written for: the length of the first list target, else 1. */
function targetWidth(targets: readonly unknown[]): number {
  const first = targets.find((y) => Array.isArray(y));
  return Array.isArray(first) ? first.length : 1;
}

/** A target as a row of `outputs` numbers (a number is a row of one), `null`, or `undefined` when malformed. */
function targetRow(y: unknown, outputs: number): number[] | null | undefined {
  if (y === null) return null;
  if (typeof y === 'number') return outputs === 1 && Number.isFinite(y) ? [y] : undefined;
  if (!Array.isArray(y) || y.length !== outputs) return undefined;
  return y.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (y as number[]).slice() : undefined;
}

/** Validates `data.inputs` and `data.targets` of an inline spec and returns its sequence. */
export function readInline(spec: Record<string, unknown>): InlineResult {
  const errors: FieldError[] = [];
  const { inputs, targets } = spec;
  if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > MAX_POINTS) {
    errors.push({ path: 'data.inputs', message: `must be a list of 1 to ${MAX_POINTS} inputs (numbers, or lists of numbers)` });
  }
  if (!Array.isArray(targets)) errors.push({ path: 'data.targets', message: 'must be a list of targets (numbers, or null for a step that is not scored)' });
  if (errors.length > 0 || !Array.isArray(inputs) || !Array.isArray(targets)) return { ok: false, errors };
  if (targets.length !== inputs.length) {
    return { ok: false, errors: [{ path: 'data.targets', message: `has ${targets.length} entries but data.inputs has ${inputs.length}: give one target (or null) per input` }] };
  }
  const bad: FieldError[] = [];
  const width = Array.isArray(inputs[0]) ? inputs[0].length : 1;
  const vectors: number[][] = [];
  const scored: (number[] | null)[] = [];
  const outputs = targetWidth(targets);
  for (let t = 0; t < inputs.length; t++) {
    const x: unknown = inputs[t];
    const vector = typeof x === 'number' ? [x] : Array.isArray(x) ? Array.from(x as unknown[]) : null;
    const ok = vector !== null && vector.length === width && width > 0 && vector.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!ok) bad.push({ path: `data.inputs[${t}]`, message: width === 1 ? 'must be a finite number' : `must be a list of ${width} finite numbers, like data.inputs[0]` });
    vectors.push(ok ? (vector as number[]) : []);
    const y = targetRow(targets[t], outputs);
    if (y !== undefined) scored.push(y);
    else {
      const what = outputs === 1 ? 'a finite number' : `a list of ${outputs} finite numbers (one per output)`;
      bad.push({ path: `data.targets[${t}]`, message: `must be ${what}, or null for a step that is not scored` });
      scored.push(null);
    }
  }
  if (bad.length > 0) {
    const shown = bad.slice(0, MAX_ERRORS);
    if (bad.length > MAX_ERRORS) shown.push({ path: 'data', message: `${bad.length - MAX_ERRORS} more inputs or targets are wrong` });
    return { ok: false, errors: shown };
  }
  return { ok: true, sequence: { inputs: vectors, targets: scored } };
}
