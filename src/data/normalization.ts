/**
 * Affine normalisation of a series: `normalised = (raw - offset) / scale`, so
 * `raw = normalised * scale + offset`. The offset and scale are fitted on the training span
 * only, then applied to the whole series (test values may fall outside the fitted range; that
 * is the honest outcome, not a bug).
 */

/** `data.normalize`: to [-1, 1], to [0, 1], to mean 0 and sd 1, or unchanged. */
export type NormalizationKind = 'minmax' | 'minmax01' | 'zscore' | 'none';
/** Every normalisation kind, in documentation order. */
export const NORMALIZATION_KINDS: readonly NormalizationKind[] = ['minmax', 'minmax01', 'zscore', 'none'];

/** `normalised = (raw - offset) / scale`; `raw = normalised * scale + offset`. */
export interface Normalization {
  kind: NormalizationKind;
  offset: number;
  scale: number;
}

/** The identity normalisation (inline data, or `normalize: 'none'`). */
export const IDENTITY_NORMALIZATION: Normalization = Object.freeze({ kind: 'none', offset: 0, scale: 1 });

/**
 * Fits `kind` on `values[from .. to)` (a non-empty range):
 * - `minmax`: to [-1, 1] (offset the midrange, scale half the range);
 * - `minmax01`: to [0, 1] (offset the minimum, scale the range);
 * - `zscore`: mean 0, standard deviation 1 (population standard deviation);
 * - `none`: offset 0, scale 1.
 * A constant range (zero spread) gets scale 1 so that nothing divides by zero.
 */
export function fitNormalization(kind: NormalizationKind, values: readonly number[], from = 0, to = values.length): Normalization {
  if (kind === 'none') return { kind, offset: 0, scale: 1 };
  let lo = Infinity, hi = -Infinity, sum = 0;
  for (let i = from; i < to; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    sum += v;
  }
  const count = to - from;
  const safe = (scale: number): number => (scale > 0 && Number.isFinite(scale) ? scale : 1);
  if (kind === 'minmax') return { kind, offset: lo / 2 + hi / 2, scale: safe(hi / 2 - lo / 2) };
  if (kind === 'minmax01') return { kind, offset: lo, scale: safe(hi - lo) };
  const mean = sum / count;
  let squares = 0;
  for (let i = from; i < to; i++) { const d = values[i] - mean; squares += d * d; }
  return { kind, offset: mean, scale: safe(Math.sqrt(squares / count)) };
}

/** `(raw - offset) / scale` for every value (a new array). */
export function normalize(values: readonly number[], n: Normalization): number[] {
  return values.map((v) => (v - n.offset) / n.scale);
}

/** `normalised * scale + offset`: back to raw units (for plots and reports). */
export function denormalize(value: number, n: Normalization): number {
  return value * n.scale + n.offset;
}
