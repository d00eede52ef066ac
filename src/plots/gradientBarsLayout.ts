/**
 * The gradient bars as a pure function of the data and the size: for the chosen parameter,
 * a waterfall of one bar per occurrence (each starting where the previous one ended, up for
 * a positive contribution and down for a negative one, coloured on the diverging scale),
 * then the head's part when the parameter is read by the head, then the total from zero, and
 * the reference total (the adjoint value) as a dashed mark across the plot.
 */
import { scaleBand, scaleLinear } from 'd3';
import { formatContribution, formatExponent, formatFixed } from '../text/format';
import { contributionColor, contributionExtent } from './heatmapScale';
import type { Mark } from './gradientBarsMarks';

/** One occurrence's bar. */
export interface GradientBar {
  gate: number;
  step: number;
  contribution: number;
  /** Its sentence, e.g. "RY(a) on h0, step 3: contribution −0.042". */
  label: string;
}

export interface GradientBarsData {
  param: string | null;
  bars: GradientBar[];
  /** The parameter's gradient from the same source as the bars; `null` when there is none. */
  total: number | null;
  /** The part of the total that is not in the occurrences (the head's); 0 for a pure circuit parameter. */
  headPart: number;
  /** The exact total to compare with, and what it is called. */
  reference: { value: number; label: string } | null;
  /** The occurrence hovered or focused elsewhere, outlined here. */
  focused?: { gate: number; step: number } | null;
}

/** Space around the plot area, in px (the other charts' margins, so the cards align). */
const BARS_MARGIN = { top: 34, right: 20, bottom: 34, left: 58 };

/** The sum the bars stack to. */
export const barsSum = (data: GradientBarsData) => data.bars.reduce((s, b) => s + b.contribution, 0) + data.headPart;

/** Describes the data in words, for the SVG's `<desc>`. */
export function describeGradientBars(data: GradientBarsData): string {
  if (data.param === null || (data.bars.length === 0 && data.total === null)) return 'No gradient yet.';
  const n = data.bars.length;
  const parts = `${n} occurrence${n === 1 ? '' : 's'}${data.headPart !== 0 ? ' and the head' : ''}`;
  const largest = data.bars.reduce<GradientBar | null>((m, b) => (m === null || Math.abs(b.contribution) > Math.abs(m.contribution) ? b : m), null);
  const most = largest ? ` The largest is at step ${largest.step}: ${formatContribution(largest.contribution)}.` : '';
  const reference = data.reference ? ` ${data.reference.label} ${formatContribution(data.reference.value)}.` : '';
  return `dL/d${data.param}: ${parts} sum to ${formatContribution(barsSum(data))}.${most}${reference}`;
}

const text = (key: string, className: string, x: number, y: number, value: string, anchor = 'middle'): Mark =>
  ({ kind: 'text', key, className, attrs: { x, y, 'text-anchor': anchor }, text: value });

/** The chart's marks for a `width` x `height` plot, in three layers. */
export function gradientBarsMarks(data: GradientBarsData, width: number, height: number): { axes: Mark[]; bars: Mark[]; labels: Mark[] } {
  const m = BARS_MARGIN;
  const columns = [...data.bars.map((b) => `${b.step}:${b.gate}`), ...(data.headPart !== 0 ? ['head'] : []), 'total'];
  const x = scaleBand<string>().domain(columns).range([m.left, width - m.right]).paddingInner(0.18).paddingOuter(0.1);
  const ends: number[] = [0];
  let running = 0;
  for (const b of data.bars) ends.push((running += b.contribution));
  ends.push(running + data.headPart);
  if (data.reference) ends.push(data.reference.value);
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const pad = (hi - lo) * 0.08 || 1e-3;
  const y = scaleLinear().domain([lo - pad, hi + pad]).nice(5).range([height - m.bottom, m.top]);
  const extent = contributionExtent(data.bars.map((b) => b.contribution));

  const ticks = y.ticks(5);
  const label = tickLabel(ticks);
  const axes: Mark[] = ticks.flatMap((t, i) => [
    { kind: 'line', key: `grid-${i}`, className: t === 0 ? 'chart-zero-solid' : 'chart-grid', attrs: { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t) } } as Mark,
    text(`tick-${i}`, 'chart-tick', m.left - 8, y(t) + 4, label(t), 'end'),
  ]);

  const bars: Mark[] = [];
  const labels: Mark[] = [];
  const bandwidth = x.bandwidth();
  const every = Math.max(1, Math.ceil(data.bars.length / Math.max(1, Math.floor((width - m.left - m.right) / 26))));
  running = 0;
  data.bars.forEach((b, i) => {
    const key = `${b.step}:${b.gate}`;
    const from = running;
    running += b.contribution;
    const [top, bottom] = [y(Math.max(from, running)), y(Math.min(from, running))];
    const focused = data.focused?.gate === b.gate && data.focused?.step === b.step;
    bars.push({
      kind: 'rect', key: `bar-${key}`, className: `bars-bar${b.contribution < 0 ? ' is-negative' : ''}${focused ? ' is-focused' : ''}`,
      attrs: { x: x(key) ?? 0, y: top, width: bandwidth, height: Math.max(bottom - top, 1), 'data-gate': b.gate, 'data-step': b.step, 'data-contribution': String(b.contribution) },
      fill: contributionColor(b.contribution, extent), title: b.label,
    });
    if (i < data.bars.length - 1) bars.push({ kind: 'line', key: `step-${key}`, className: 'bars-connector', attrs: { x1: (x(key) ?? 0) + bandwidth, x2: x(columns[i + 1]) ?? 0, y1: y(running), y2: y(running) } });
    if (i % every === 0) labels.push(text(`x-${key}`, 'chart-tick', (x(key) ?? 0) + bandwidth / 2, height - m.bottom + 14, `t${b.step}`));
  });
  if (data.headPart !== 0) {
    const [top, bottom] = [y(Math.max(running, running + data.headPart)), y(Math.min(running, running + data.headPart))];
    bars.push({ kind: 'rect', key: 'head', className: 'bars-head', attrs: { x: x('head') ?? 0, y: top, width: bandwidth, height: Math.max(bottom - top, 1), 'data-contribution': String(data.headPart) }, title: `the head's part: ${formatContribution(data.headPart)}` });
    labels.push(text('x-head', 'chart-tick', (x('head') ?? 0) + bandwidth / 2, height - m.bottom + 14, 'head'));
  }
  const sum = running + data.headPart;
  bars.push({ kind: 'rect', key: 'total', className: 'bars-total', attrs: { x: x('total') ?? 0, y: y(Math.max(0, sum)), width: bandwidth, height: Math.max(Math.abs(y(0) - y(sum)), 1), 'data-total': String(sum) }, title: `sum of the occurrences: ${formatContribution(sum)}` });
  labels.push(text('x-total', 'chart-tick chart-tick--strong', (x('total') ?? 0) + bandwidth / 2, height - m.bottom + 14, 'Σ'));
  if (data.reference) {
    const ry = y(data.reference.value);
    bars.push({ kind: 'line', key: 'reference', className: 'bars-reference', attrs: { x1: m.left, x2: width - m.right, y1: ry, y2: ry }, title: `${data.reference.label} ${formatContribution(data.reference.value)}` });
    labels.push(text('reference', 'bars-reference-label', width - m.right, ry - 5, `${data.reference.label} ${formatContribution(data.reference.value)}`, 'end'));
  }
  labels.push(text('sum', 'bars-sum', m.left, m.top - 14, `dL/d${data.param ?? 'θ'} = Σ ${formatContribution(sum)}`, 'start'));
  return { axes, bars, labels };
}

/**
 * How the axis writes its ticks: with as many decimals as their spacing needs (so ticks 0.0012
 * apart never print the same "−0.001" twice), in exponent form when every tick is below 1e-3
 * (a QLSTM's contributions are often 1e-4 to 1e-6).
 */
export function tickLabel(ticks: readonly number[]): (t: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const largest = Math.max(...ticks.map(Math.abs));
  if (largest > 0 && largest < 1e-3) return (t) => (t === 0 ? '0' : formatExponent(t, Math.max(0, Math.ceil(-Math.log10(step / largest)))));
  const digits = Math.min(6, Math.max(0, Math.ceil(-Math.log10(step))));
  return (t) => formatFixed(t, digits);
}
