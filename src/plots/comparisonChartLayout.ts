/**
 * The method comparison as a pure function of the worker's reply and the size: for each
 * configuration (parameter-shift, finite differences at one step `h`, SPSA, at one shot
 * count) its individual estimates as faint dots, its mean as a marker whose shape and
 * colour name the method, and mean ± std as an error bar, placed at its hardware cost
 * (total shots per estimate) on a log x axis. The statistics are the page's own
 * (`comparisonChartStats.ts`: population std, so rmse² = bias² + std²). Configurations of equal or nearly equal cost
 * are dodged side by side. The exact (adjoint) value is a dashed horizontal line, named in
 * the legend; estimates beyond the y range are pinned to its edge and marked as clipped.
 */
import { scaleLinear, scaleLog, symbol, symbolCircle, symbolDiamond, symbolSquare } from 'd3';
import type { ComparePoint, CompareSuccess } from '../worker/protocol';
import { formatCount, formatFixed, formatTick } from '../text/format';
import { plural } from '../text/plural';
import { withSpreads } from './comparisonChartStats';
import type { Mark } from './gradientBarsMarks';

/** Space around the plot area, in px: the legend sits in the top margin. */
export const COMPARISON_MARGIN = { top: 40, right: 24, bottom: 46, left: 64 };

/** Method -> the words of the legend and the marker shape (colour comes from CSS by class). */
const METHOD_STYLE = {
  'parameter-shift': { label: 'parameter-shift', shape: symbolCircle },
  'finite-difference': { label: 'finite differences (h)', shape: symbolSquare },
  spsa: { label: 'SPSA', shape: symbolDiamond },
} as const;

const fixed = (v: number) => formatFixed(v, 4);
const count = formatCount;

/** A shot count for the x axis: 100, 1k, 10k, 1M. */
export function formatShots(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))}M`;
  if (n >= 1e3) return `${Number((n / 1e3).toPrecision(3))}k`;
  return String(n);
}

/** A configuration in words: "finite differences h = 0.1 at 1,000 shots". */
export function configurationName(p: ComparePoint): string {
  const method = p.method === 'finite-difference' ? `finite differences h = ${p.h}` : METHOD_STYLE[p.method].label;
  return `${method} at ${count(p.shots)} shots`;
}

/** Describes the comparison in words, for the SVG's `<desc>`: the exact value and each method's best configuration. */
export function describeComparison(reply: CompareSuccess | null): string {
  if (!reply || reply.points.length === 0) return 'No comparison yet.';
  const data = withSpreads(reply);
  const best = (['parameter-shift', 'finite-difference', 'spsa'] as const).flatMap((method) => {
    const mine = data.points.filter((p) => p.method === method);
    if (mine.length === 0) return [];
    const p = mine.reduce((a, b) => (b.rmse < a.rmse ? b : a));
    return [`${configurationName(p)} has the lowest error of its method, rmse ${fixed(p.rmse)} for ${count(p.totalShots)} shots per estimate`];
  });
  return `dL/d${data.param}: ${plural(data.points.length, 'configuration')} of ${plural(data.repeats, 'estimate')} each, against the exact value ${fixed(data.exact)}. ${best.join('; ')}.`;
}

/** A small deterministic horizontal jitter for estimate `r`, in px. */
const jitter = (r: number) => (((r * 7) % 5) - 2) * 1.1;

/**
 * Centres of configurations at x positions `base`, `dodge` px apart where they would overlap:
 * configurations closer than their cluster's width are spread evenly about its mean, in
 * order of cost and then of the reply.
 */
export function dodged(base: readonly number[], dodge: number): number[] {
  const order = base.map((_, i) => i).sort((a, b) => base[a] - base[b] || a - b);
  const out = new Array<number>(base.length);
  let cluster: number[] = [];
  const place = () => {
    const centre = cluster.reduce((s, i) => s + base[i], 0) / cluster.length;
    cluster.forEach((i, k) => { out[i] = centre + (k - (cluster.length - 1) / 2) * dodge; });
  };
  for (const i of order) {
    if (cluster.length > 0 && base[i] - base[cluster[0]] >= dodge * (cluster.length + 1)) {
      place();
      cluster = [];
    }
    cluster.push(i);
  }
  if (cluster.length > 0) place();
  return out;
}

/** The chart's marks for a `width` x `height` plot, in four layers. */
export function comparisonMarks(reply: CompareSuccess | null, width: number, height: number): { axes: Mark[]; spreads: Mark[]; dots: Mark[]; labels: Mark[] } {
  const m = COMPARISON_MARGIN;
  if (!reply || reply.points.length === 0) return { axes: [], spreads: [], dots: [], labels: [] };
  const data = withSpreads(reply);
  const points = data.points;
  const costs = points.map((p) => p.totalShots);
  const x = scaleLog().domain([10 ** Math.floor(Math.log10(Math.min(...costs) / 1.5)), 10 ** Math.ceil(Math.log10(Math.max(...costs) * 1.5))]).range([m.left, width - m.right]);
  const ends = [data.exact, ...points.flatMap((p) => [p.mean - p.std, p.mean + p.std])];
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const pad = (hi - lo) * 0.08 || 1e-3;
  const y = scaleLinear().domain([lo - pad, hi + pad]).nice(6).range([height - m.bottom, m.top]);
  const [ymin, ymax] = y.domain();
  const clampY = (v: number) => y(Math.min(ymax, Math.max(ymin, v)));

  const axes: Mark[] = y.ticks(6).flatMap((t, i) => [
    { kind: 'line', key: `grid-${i}`, className: t === 0 ? 'chart-zero-solid' : 'chart-grid', attrs: { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t) } } as Mark,
    { kind: 'text', key: `ytick-${i}`, className: 'chart-tick', attrs: { x: m.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, text: formatTick(t) } as Mark,
  ]);
  x.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9).forEach((t, i) => {
    axes.push({ kind: 'line', key: `xgrid-${i}`, className: 'chart-grid', attrs: { x1: x(t), x2: x(t), y1: m.top, y2: height - m.bottom } });
    axes.push({ kind: 'text', key: `xtick-${i}`, className: 'chart-tick', attrs: { x: x(t), y: height - m.bottom + 16, 'text-anchor': 'middle' }, text: formatShots(t) });
  });
  axes.push({ kind: 'text', key: 'x-label', className: 'chart-axis-label', attrs: { x: (m.left + width - m.right) / 2, y: height - 8, 'text-anchor': 'middle' }, text: 'shots per estimate (hardware cost, log scale)' });
  axes.push({ kind: 'text', key: 'y-label', className: 'chart-axis-label', attrs: { x: 14, y: (m.top + height - m.bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${(m.top + height - m.bottom) / 2})` }, text: `estimate of dL/d${data.param}` });

  const dodge = Math.min(18, (width - m.left - m.right) / Math.max(8, points.length * 1.2));
  const cx = dodged(points.map((p) => x(p.totalShots)), dodge);

  const spreads: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  points.forEach((p, i) => {
    const cls = `cmp--${p.method}`;
    const [top, bottom] = [clampY(p.mean + p.std), clampY(p.mean - p.std)];
    spreads.push({ kind: 'path', key: `spread-${i}`, className: `cmp-spread ${cls}`, attrs: { d: `M${cx[i] - 4} ${top}H${cx[i] + 4}M${cx[i]} ${top}V${bottom}M${cx[i] - 4} ${bottom}H${cx[i] + 4}`, 'data-config': i } });
    p.estimates.forEach((e, r) => {
      const clipped = e < ymin || e > ymax;
      dots.push({
        kind: 'circle', key: `dot-${i}-${r}`, className: `cmp-dot ${cls}${clipped ? ' is-clipped' : ''}`,
        attrs: { cx: cx[i] + jitter(r), cy: clampY(e), r: clipped ? 1.6 : 2.1, 'data-config': i },
      });
    });
    const shape = symbol(METHOD_STYLE[p.method].shape, p.method === 'spsa' ? 70 : 56)() ?? '';
    spreads.push({
      kind: 'path', key: `mean-${i}`, className: `cmp-mean ${cls}`, attrs: { d: shape, transform: `translate(${cx[i]},${clampY(p.mean)})`, 'data-config': i },
      title: `${configurationName(p)}: mean ${fixed(p.mean)}, std ${fixed(p.std)}, bias ${fixed(p.bias)}, rmse ${fixed(p.rmse)}; ${count(p.totalShots)} shots per estimate`,
    });
    if (p.method === 'finite-difference') labels.push({ kind: 'text', key: `h-${i}`, className: 'cmp-h', attrs: { x: cx[i], y: top - 6, 'text-anchor': 'middle' }, text: String(p.h) });
  });

  const ey = y(data.exact);
  labels.push({ kind: 'line', key: 'exact', className: 'cmp-exact', attrs: { x1: m.left, x2: width - m.right, y1: ey, y2: ey } });
  const methods = [...new Set(points.map((p) => p.method))];
  let lx = m.left;
  for (const method of methods) {
    const style = METHOD_STYLE[method];
    labels.push({ kind: 'path', key: `legend-mark-${method}`, className: `cmp-mean cmp--${method}`, attrs: { d: symbol(style.shape, 56)() ?? '', transform: `translate(${lx + 5},${16})` } });
    labels.push({ kind: 'text', key: `legend-${method}`, className: 'chart-legend-text', attrs: { x: lx + 15, y: 20 }, text: style.label });
    lx += 36 + style.label.length * 7;
  }
  labels.push({ kind: 'line', key: 'legend-exact', className: 'cmp-exact', attrs: { x1: lx, x2: lx + 22, y1: 16, y2: 16 } });
  labels.push({ kind: 'text', key: 'exact-label', className: 'cmp-exact-label', attrs: { x: lx + 28, y: 20 }, text: `exact (adjoint) ${fixed(data.exact)}` });
  return { axes, spreads, dots, labels };
}
