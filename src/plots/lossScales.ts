/**
 * The loss chart's scales, as pure functions of the data: epochs on x (the planned epochs, so
 * the line grows across a fixed axis), the loss on y, linear from zero or logarithmic over
 * the positive values. Kept apart from the drawing so the domains can be tested without a DOM.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/** The losses per epoch: element `i` is epoch `i + 1`; `null` where nothing was scored. */
export interface LossChartData {
  train: readonly (number | null)[];
  test: readonly (number | null)[];
  /** Planned epochs: the x axis runs to here even before training gets there. */
  epochs?: number;
}

/** Space around the plot area, in px (the same as the outputs chart, so the two align). */
export const LOSS_MARGIN = { top: 34, right: 20, bottom: 40, left: 52 };

/** Whether `v` can be drawn on the current scale. */
export function drawable(v: number | null | undefined, log: boolean): v is number {
  return v != null && Number.isFinite(v) && (!log || v > 0);
}

/** The x domain: epoch 1 to the planned epochs or the epochs done, whichever is more. */
export function epochDomain(data: LossChartData): [number, number] {
  const n = Math.max(data.train.length, data.test.length, data.epochs ?? 0);
  return [1, Math.max(n, 2)];
}

/** The y domain: `[0, max]` padded (linear) or the positive range widened to powers of ten (log). */
export function lossDomain(data: LossChartData, log: boolean): [number, number] {
  const values = [...data.train, ...data.test].filter((v): v is number => drawable(v, log));
  if (values.length === 0) return log ? [0.01, 1] : [0, 1];
  const hi = Math.max(...values);
  if (!log) return [0, hi > 0 ? hi * 1.08 : 1];
  const lo = Math.min(...values);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi === lo ? hi * 10 : hi))];
}

/** The two scales for a plot of `width` x `height` px. */
export function lossScales(data: LossChartData, log: boolean, width: number, height: number) {
  const x = scaleLinear().domain(epochDomain(data)).range([LOSS_MARGIN.left, width - LOSS_MARGIN.right]);
  const range = [height - LOSS_MARGIN.bottom, LOSS_MARGIN.top];
  const y: ScaleContinuousNumeric<number, number> = log
    ? scaleLog().domain(lossDomain(data, true)).range(range)
    : scaleLinear().domain(lossDomain(data, false)).nice(5).range(range);
  return { x, y };
}

/** Least room between two tick labels on a log axis, in px (a label is about 12 px high). */
const LOG_TICK_GAP = 16;

/**
 * Log-axis ticks: 1, 2 and 5 times each power of ten inside `[lo, hi]` (fewer lines than
 * d3's 1..9). Given the axis' length in px, a decade too short for three labels gets only
 * its power of ten, and decades too short even for that get every second, fifth or tenth
 * power, so that labels never crowd (a study of a baseline near 1e-4 on a phone's short chart).
 */
export function logTicks([lo, hi]: readonly number[], pixels = Number.POSITIVE_INFINITY): number[] {
  const first = Math.floor(Math.log10(lo)), last = Math.ceil(Math.log10(hi));
  const decade = pixels / Math.max(Math.log10(hi / lo), 1e-9);
  const multiples = decade >= 3 * LOG_TICK_GAP ? [1, 2, 5] : [1];
  const every = decade >= LOG_TICK_GAP ? 1 : [2, 5, 10].find((k) => k * decade >= LOG_TICK_GAP) ?? Math.ceil(LOG_TICK_GAP / decade);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) {
    if (k % every !== 0) continue;
    for (const m of multiples) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}
