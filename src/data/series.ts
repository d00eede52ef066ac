/**
 * The contract between a generator and the windowing step: a generator turns its parameters
 * into a raw (unnormalised) input series and target series of equal length, or into errors
 * naming its fields. Generators know nothing of windows, splits or normalisation.
 */
import type { FieldError } from '../model/types';
import type { FieldReader } from './fields';

/**
 * A raw input series and its target series, one per output (docs/spec.md §5.3): the one
 * target equals `inputs` unless the generator does cross-prediction.
 */
export interface RawSeries {
  /** The input series `s`, one number per time step. */
  inputs: number[];
  /** The target series `y_j`, one per output, each the same length as `inputs`. */
  targets: number[][];
  /** True when the targets are other quantities than `inputs` (each with its own normalisation). */
  cross: boolean;
  /** The window length used when `data.window` is absent; the general default otherwise. */
  defaultWindow?: number;
}

/** A generator's raw series, or errors naming its fields. */
export type SeriesResult = { ok: true; series: RawSeries } | { ok: false; errors: FieldError[] };

/** What a generator may know besides its own fields (both already validated). */
export interface GenerateContext {
  /** Seed of any randomness (noise, initial conditions). */
  seed: number;
  /** Windowing horizon in steps, for generators whose default window depends on it. */
  horizon: number;
}

/** A generator reads its parameters through `fields`, which records errors naming them. */
export type Generate = (fields: FieldReader, context: GenerateContext) => SeriesResult;

/** Builds a scalar (non-cross) result, refusing non-finite values (a diverged integration). */
export function scalarSeries(values: number[], defaultWindow?: number): SeriesResult {
  return pairSeries(values, [values], false, defaultWindow);
}

/** Builds a result from an input series and one target series per output, refusing non-finite values. */
export function pairSeries(inputs: number[], targets: number[][], cross: boolean, defaultWindow?: number): SeriesResult {
  const bad = inputs.findIndex((v) => !Number.isFinite(v));
  const badTarget = Math.max(-1, ...targets.map((column) => column.findIndex((v) => !Number.isFinite(v))));
  if (bad >= 0 || badTarget >= 0) {
    const at = bad >= 0 ? bad : badTarget;
    return { ok: false, errors: [{ path: 'data', message: `the generated series is not finite at point ${at}: the parameters make it diverge` }] };
  }
  const series: RawSeries = { inputs, targets, cross };
  if (defaultWindow !== undefined) series.defaultWindow = defaultWindow;
  return { ok: true, series };
}

/** Returns the errors collected by `fields` as a failed result, or null when there are none. */
export function refused(fields: FieldReader): SeriesResult | null {
  return fields.errors.length > 0 ? { ok: false, errors: fields.errors.slice() } : null;
}
