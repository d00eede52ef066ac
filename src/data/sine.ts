/**
 * The `sine` generator: `s_i = amplitude * sin(2 pi i / period + phase) + noise * z_i`, with
 * `z_i` standard normal draws from the seeded generator. Time is counted in steps.
 */
import { sin } from '../core/detmath';
import { createRng } from '../core/rng';
import { MAX_POINTS, type FieldReader } from './fields';
import { refused, scalarSeries, type GenerateContext, type SeriesResult } from './series';

/** Defaults of the `sine` parameters. */
export const SINE_DEFAULTS = {
  /** Number of points. */
  length: 120,
  /** Period in steps. */
  period: 20,
  amplitude: 1,
  /** Phase in radians. */
  phase: 0,
  /** Standard deviation of the added Gaussian noise (0: none). */
  noise: 0,
} as const;

/** Generates the sine series for the parameters in `fields`. */
export function generateSine(fields: FieldReader, { seed }: GenerateContext): SeriesResult {
  const length = fields.number('length', SINE_DEFAULTS.length, { integer: true, min: 2, max: MAX_POINTS });
  const period = fields.number('period', SINE_DEFAULTS.period, { above: 0 });
  const amplitude = fields.number('amplitude', SINE_DEFAULTS.amplitude);
  const phase = fields.number('phase', SINE_DEFAULTS.phase);
  const noise = fields.number('noise', SINE_DEFAULTS.noise, { min: 0 });
  const stop = refused(fields);
  if (stop) return stop;
  const rng = createRng(seed);
  const values = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    const clean = amplitude * sin((2 * Math.PI * i) / period + phase);
    values[i] = noise > 0 ? clean + noise * rng.normal() : clean;
  }
  return scalarSeries(values);
}
