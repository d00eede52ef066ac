/**
 * The `sequence` generator: the arithmetic sequence `start, start + step, ...` of `count`
 * terms (by default the classic 10, 20, ..., 90). Its default window is `count - horizon`, so
 * that a single window covers the whole sequence: inputs 10 .. 80, targets 20 .. 90.
 */
import { MAX_POINTS, type FieldReader } from './fields';
import { refused, scalarSeries, type GenerateContext, type SeriesResult } from './series';

/** Defaults of the `sequence` parameters. */
export const SEQUENCE_DEFAULTS = {
  /** First term. */
  start: 10,
  /** Difference between consecutive terms. */
  step: 10,
  /** Number of terms. */
  count: 9,
} as const;

/**
 * Generates the arithmetic sequence. The windowing `horizon` only chooses the default window
 * `max(1, count - horizon)`.
 */
export function generateSequence(fields: FieldReader, { horizon }: GenerateContext): SeriesResult {
  const start = fields.number('start', SEQUENCE_DEFAULTS.start);
  const step = fields.number('step', SEQUENCE_DEFAULTS.step);
  const count = fields.number('count', SEQUENCE_DEFAULTS.count, { integer: true, min: 2, max: MAX_POINTS });
  const stop = refused(fields);
  if (stop) return stop;
  const values = Array.from({ length: count }, (_, i) => start + step * i);
  return scalarSeries(values, Math.max(1, count - horizon));
}
