/**
 * The memory chart as a pure function of the profile and the size: the mean |contribution|
 * (solid, filled points) and the mean sensitivity |d yhat / d angle| (dashed, hollow points)
 * against the distance in steps from the scored output, on a log y axis, with the fitted
 * line of ln(sensitivity) and its factor per step printed: below 1 the memory fades, above 1
 * it grows (vanishing or exploding contributions).
 */
import { formatExponent, typographicMinus } from '../text/format';
import { plural } from '../text/plural';
import { line, scaleLinear, scaleLog } from 'd3';
import type { MemoryProfileDto } from '../worker/protocol';
import type { Mark } from './gradientBarsMarks';

/** Space around the plot area, in px. */
const MEMORY_MARGIN = { top: 50, right: 20, bottom: 40, left: 58 };

/** A positive number for a log axis label: `1e−3` style below 0.01, else 2 significant digits. */
export const formatLogTick = (v: number) => typographicMinus(v < 0.01 || v >= 1e4 ? v.toExponential(0) : String(Number(v.toPrecision(2))));

/** "fades", "grows" or "holds" for a factor per step. */
export function memoryTrend(factor: number): string {
  if (factor < 0.98) return 'fades';
  if (factor > 1.02) return 'grows';
  return 'holds';
}

/** Describes the profile in words, for the SVG's `<desc>`. */
export function describeMemory(profile: MemoryProfileDto | null): string {
  if (!profile || profile.bins.length === 0) return 'No memory profile yet.';
  const last = profile.bins[profile.bins.length - 1].distance;
  const fit = profile.fit ? ` Sensitivity changes by a factor of ${profile.fit.factorPerStep.toFixed(3)} per step: memory ${memoryTrend(profile.fit.factorPerStep)}.` : '';
  return `Distances 0 to ${plural(last, 'step')}.${fit}`;
}

type Point = [number, number];

/** The chart's marks for a `width` x `height` plot, in three layers. */
export function memoryChartMarks(profile: MemoryProfileDto | null, width: number, height: number): { axes: Mark[]; series: Mark[]; labels: Mark[] } {
  const m = MEMORY_MARGIN;
  const bins = profile?.bins ?? [];
  if (bins.length === 0) return { axes: [], series: [], labels: [] };
  const maxD = Math.max(1, bins[bins.length - 1].distance);
  const x = scaleLinear().domain([0, maxD]).range([m.left, width - m.right]);
  const positive = bins.flatMap((b) => [b.contribution, b.sensitivity]).filter((v) => v > 0 && Number.isFinite(v));
  const lo = positive.length ? Math.min(...positive) : 1e-3;
  const hi = positive.length ? Math.max(...positive) : 1;
  const y = scaleLog().domain([10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi === lo ? hi * 10 : hi))]).range([height - m.bottom, m.top]);
  const [ylo, yhi] = y.domain();
  const decades = y.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);

  const axes: Mark[] = decades.flatMap((t, i) => [
    { kind: 'line', key: `grid-${i}`, className: 'chart-grid', attrs: { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t) } } as Mark,
    { kind: 'text', key: `ytick-${i}`, className: 'chart-tick', attrs: { x: m.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, text: formatLogTick(t) } as Mark,
  ]);
  x.ticks(Math.min(maxD, 10)).filter(Number.isInteger).forEach((d) => {
    axes.push({ kind: 'text', key: `xtick-${d}`, className: 'chart-tick', attrs: { x: x(d), y: height - m.bottom + 16, 'text-anchor': 'middle' }, text: String(d) });
  });
  axes.push({ kind: 'text', key: 'x-label', className: 'chart-axis-label', attrs: { x: (m.left + width - m.right) / 2, y: height - 6, 'text-anchor': 'middle' }, text: 'distance from the scored output (steps)' });

  const inRange = (v: number) => v > 0 && Number.isFinite(v);
  const path = line<Point>().x((p) => x(p[0])).y((p) => y(p[1]));
  const series: Mark[] = [];
  for (const key of ['sensitivity', 'contribution'] as const) {
    const points: Point[] = bins.filter((b) => inRange(b[key])).map((b) => [b.distance, b[key]]);
    series.push({ kind: 'path', key: `line-${key}`, className: `memory-line memory-line--${key}`, attrs: { d: path(points) ?? '' } });
    points.forEach(([d, v]) => series.push({
      kind: 'circle', key: `${key}-${d}`, className: `memory-point memory-point--${key}`, attrs: { cx: x(d), cy: y(v), r: 3.2 },
      title: `distance ${d}: mean ${key === 'sensitivity' ? 'sensitivity' : '|contribution|'} ${formatExponent(v)}`,
    }));
  }
  const labels: Mark[] = [];
  const fit = profile?.fit;
  if (fit) {
    const clamp = (v: number) => Math.min(yhi, Math.max(ylo, v));
    const at = (d: number) => clamp(Math.exp(fit.intercept + fit.slope * d));
    series.push({ kind: 'line', key: 'fit', className: 'memory-fit', attrs: { x1: x(0), x2: x(maxD), y1: y(at(0)), y2: y(at(maxD)) } });
    labels.push({ kind: 'text', key: 'factor', className: 'memory-factor', attrs: { x: m.left, y: m.top - 12, 'text-anchor': 'start' }, text: `× ${fit.factorPerStep.toFixed(3)} per step: memory ${memoryTrend(fit.factorPerStep)}` });
  }
  const legend: [string, string][] = [['contribution', 'mean |contribution|'], ['sensitivity', 'mean sensitivity']];
  legend.forEach(([key, text], i) => {
    const lx = m.left + i * 150;
    labels.push({ kind: 'line', key: `legend-line-${key}`, className: `memory-line memory-line--${key}`, attrs: { x1: lx, x2: lx + 18, y1: 14, y2: 14 } });
    labels.push({ kind: 'text', key: `legend-${key}`, className: 'chart-legend-text', attrs: { x: lx + 24, y: 18 }, text });
  });
  return { axes, series, labels };
}
