/**
 * The comparison's statistics as the page shows them, from each configuration's estimates
 * and the exact value: `mean`, `bias = mean − exact`, `std` the population standard
 * deviation (divided by n, not n − 1) and `rmse` the root mean squared error against the
 * exact value. With these definitions `rmse² = bias² + std²` holds exactly, as the table
 * says; the chart's error bars and the table use the same numbers.
 */
import type { ComparePoint, CompareSuccess } from '../worker/protocol';

/** The definitions in words, shown beside the table. */
export const SPREAD_DEFINITIONS = 'rmse is the root mean squared error of the estimates against the exact value; std is their population standard deviation (divided by n, not n \u2212 1), so rmse\u00b2 = bias\u00b2 + std\u00b2.';

export interface Spread {
  mean: number;
  bias: number;
  std: number;
  rmse: number;
}

/** Mean, bias, population std and rmse of `estimates` against `exact`. */
export function spreadOf(estimates: readonly number[], exact: number): Spread {
  const n = estimates.length;
  if (n === 0) return { mean: Number.NaN, bias: Number.NaN, std: Number.NaN, rmse: Number.NaN };
  const mean = estimates.reduce((s, x) => s + x, 0) / n;
  const variance = estimates.reduce((s, x) => s + (x - mean) * (x - mean), 0) / n;
  const bias = mean - exact;
  return { mean, bias, std: Math.sqrt(variance), rmse: Math.sqrt(bias * bias + variance) };
}

/** The point with its statistics taken from its estimates by {@link spreadOf}. */
export function withSpread(point: ComparePoint, exact: number): ComparePoint {
  return point.estimates.length === 0 ? point : { ...point, ...spreadOf(point.estimates, exact) };
}

/** The comparison with every point's statistics by {@link spreadOf}. */
export function withSpreads(data: CompareSuccess): CompareSuccess {
  return { ...data, points: data.points.map((p) => withSpread(p, data.exact)) };
}
