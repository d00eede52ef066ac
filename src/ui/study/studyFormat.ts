/**
 * Numbers of the Studies view: a loss with three significant digits (an exponent below
 * 0.001), a mean with its standard deviation, a count with separators; a missing number is
 * a dash. The CSV writes full precision instead (`studyTable.ts`).
 */
import { formatCount } from '../../text/format';
import type { MeanStd } from '../../worker/protocol';

const MINUS = '\u2212';

/** `0.00123` as `1.23e-3`, `0.0456` as `0.0456`, with a typographic minus. */
export function formatLoss(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const text = Math.abs(v) !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(2) : v.toPrecision(3);
  return text.replace(/-/g, MINUS);
}

/** `0.0120 ± 0.00100`. */
export const formatMeanStd = (m: MeanStd) => (m.mean === null ? '—' : `${formatLoss(m.mean)} ± ${formatLoss(m.std)}`);

/** A mean count (executions or shots over seeds), rounded, with separators. */
export const formatMeanCount = (v: number | null) => (v === null ? '—' : formatCount(v));
