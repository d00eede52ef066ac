/**
 * The study chart as a pure function of its groups and size (`studyChartData.ts`): for each
 * variant and baseline, a band from the lowest to the highest seed and the mean over seeds as
 * a line, against epochs, circuit executions, shots (both log scale: the bill spans orders of
 * magnitude) or wall time, on a log or linear loss axis. Each group is told apart three ways
 * at once, so colour is never the only cue: a colour of the Okabe–Ito palette (CSS
 * `--study-0..7`), a dash pattern and a marker shape, all three shown together in the legend,
 * which also says what the band is. A group with nothing on this axis (a baseline on the
 * cost axes) stays in the legend, struck through, with the reason in its tooltip. The group
 * the reader points at (in the chart or in the table) is drawn over the others, which fade.
 */
import { scaleLinear, scaleLog, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type ScaleContinuousNumeric } from 'd3';
import { formatCount, formatTick } from '../text/format';
import { plural } from '../text/plural';
import type { Mark } from './gradientBarsMarks';
import { logTicks } from './lossScales';
import { logAxis, OFF_AXIS, type GroupPoint, type StudyChartAxis, type StudyGroup } from './studyChartData';

export const STUDY_COLOURS = 8;
/** Solid, dashed, dotted, dash-dot: with 8 colours and 6 markers no two of the first 24 groups look alike. */
export const STUDY_DASHES = ['', '7 4', '2 3', '9 3 2 3'] as const;
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar] as const;
export const SHAPE_NAMES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;

export interface StudyChartView {
  axis: StudyChartAxis;
  split: 'train' | 'test';
  logY: boolean;
  /** The moving average's weight, 0 for none (`studyChartData.ts`, `smooth`). */
  smoothing?: number;
  /** The group the reader points at (`groupKey`), drawn over the others, which fade; `null` for none. */
  highlight?: string | null;
}

/** A group's key in the chart's `data-group` attributes and in a highlight: its kind and variant. */
export const groupKey = (g: { kind: string; variant: string }) => `${g.kind}:${g.variant}`;

/** The x axis in words. */
export const AXIS_LABEL: Record<StudyChartAxis, string> = {
  epochs: 'epoch',
  executions: 'circuit executions spent (log scale)',
  shots: 'shots spent (log scale)',
  seconds: 'wall time since the run started (s)',
};

/** A group's style: colour class, dash pattern and marker shape. */
export function groupStyle(style: number) {
  return { colour: `study-c${style % STUDY_COLOURS}`, dash: STUDY_DASHES[style % STUDY_DASHES.length], shape: SHAPE_NAMES[style % SHAPES.length] };
}

/** A group's name in the legend: a baseline says it is one. */
export const groupName = (g: Pick<StudyGroup, 'variant' | 'kind'>) => (g.kind === 'qrnn' || g.kind === 'qlstm' ? g.variant : `${g.variant} (baseline)`);

/** An axis value short: 1k, 20k, 1M for counts; the tick format otherwise. */
export function formatAxisValue(v: number, axis: StudyChartAxis): string {
  if (!logAxis(axis)) return formatTick(v);
  if (v >= 1e9) return `${Number((v / 1e9).toPrecision(3))}G`;
  if (v >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (v >= 1e3) return `${Number((v / 1e3).toPrecision(3))}k`;
  return formatTick(v);
}

const loss = (v: number) => (Math.abs(v) < 1e-3 ? v.toExponential(2) : v.toPrecision(3)).replace(/-/g, '\u2212');

/** The chart in words, for its `<desc>`: each group's last mean, where it got there, and its spread. */
export function describeStudy(groups: readonly StudyGroup[], view: StudyChartView): string {
  const drawn = groups.filter((g) => g.points.length > 0);
  if (drawn.length === 0) {
    if (groups.length === 0) return 'No study runs yet.';
    return `Nothing to plot against ${AXIS_LABEL[view.axis]}: ${groups.map((g) => `${groupName(g)}: ${g.absent}`).join('; ')}.`;
  }
  const parts = drawn.map((g) => {
    const last = g.points[g.points.length - 1];
    const x = view.axis === 'epochs' ? `epoch ${formatCount(last.x)}` : view.axis === 'seconds' ? `${last.x.toFixed(1)} s` : `${formatCount(last.x)} ${view.axis === 'shots' ? 'shots' : 'executions'}`;
    return `${groupName(g)} ends at ${loss(last.mean)} (${plural(last.seeds, 'seed')}, ${loss(last.min)} to ${loss(last.max)}) after ${x}`;
  });
  const absent = groups.filter((g) => g.absent !== null).map((g) => `${groupName(g)}: ${g.absent}`);
  const smoothed = view.smoothing ? `, smoothed (moving average, weight ${view.smoothing})` : '';
  return `${view.split === 'train' ? 'Train' : 'Test'} loss against ${AXIS_LABEL[view.axis]}, ${view.logY ? 'log' : 'linear'} scale${smoothed}; lines are the mean over seeds, bands the lowest to highest seed. ${parts.join('; ')}.${absent.length ? ` Not drawn: ${absent.join('; ')}.` : ''}`;
}

interface LegendItem { group: StudyGroup; label: string; x: number; y: number }

/** A group's legend label: its name, and in a few words why it is not drawn when it is not. */
const legendLabel = (g: StudyGroup) => (g.absentShort !== null ? `${groupName(g)}: ${g.absentShort}` : groupName(g));

/** Legend items laid out in rows across the top, then the band's note; returns the height used. */
function legendLayout(groups: readonly StudyGroup[], width: number): { items: LegendItem[]; note: { x: number; y: number }; height: number } {
  const items: LegendItem[] = [];
  let x = 12;
  let y = 16;
  for (const group of groups) {
    const label = legendLabel(group);
    const w = 52 + label.length * 6.6;
    if (x > 12 && x + w > width - 12) { x = 12; y += 18; }
    items.push({ group, label, x, y });
    x += w;
  }
  const noteWidth = 250;
  if (x > 12 && x + noteWidth > width - 12) { x = 12; y += 18; }
  return { items, note: { x, y }, height: y + 16 };
}

function scales(groups: readonly StudyGroup[], view: StudyChartView, box: { left: number; right: number; top: number; bottom: number }) {
  const points = groups.flatMap((g) => g.points);
  const xs = points.map((p) => p.x);
  const ys = points.flatMap((p) => [p.min, p.max, p.raw]);
  let x: ScaleContinuousNumeric<number, number>;
  if (logAxis(view.axis)) {
    const lo = Math.max(1e-9, Math.min(...xs));
    const hi = Math.max(...xs);
    x = scaleLog().domain([10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi === lo ? hi * 10 : hi))]);
  } else {
    const lo = view.axis === 'epochs' ? 1 : 0;
    x = scaleLinear().domain([lo, Math.max(lo + 1, ...xs)]);
    if (view.axis === 'seconds') x.nice(6);
  }
  x.range([box.left, box.right]);
  let y: ScaleContinuousNumeric<number, number>;
  if (view.logY) {
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    y = scaleLog().domain([10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi === lo ? hi * 10 : hi))]);
  } else {
    y = scaleLinear().domain([0, Math.max(...ys) * 1.08 || 1]).nice(5);
  }
  y.range([box.bottom, box.top]);
  return { x, y };
}

const path = (pts: readonly [number, number][]) => pts.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join('');

/** Up to `n` evenly spread indices of `length` points, always the last. */
export function markerIndices(length: number, n = 5): number[] {
  if (length <= n) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: n }, (_, k) => Math.round(((k + 1) * (length - 1)) / n));
}

/** The chart's marks, in five layers, for a `width` x `height` plot. */
export function studyMarks(groups: readonly StudyGroup[], view: StudyChartView, width: number, height: number): Record<'axes' | 'bands' | 'lines' | 'markers' | 'legend', Mark[]> {
  const out = { axes: [] as Mark[], bands: [] as Mark[], lines: [] as Mark[], markers: [] as Mark[], legend: [] as Mark[] };
  if (groups.length === 0) {
    out.axes.push({ kind: 'text', key: 'empty', className: 'chart-empty', attrs: { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, text: 'Run the study to draw its losses here.' });
    return out;
  }
  const legend = legendLayout(groups, width);
  const box = { left: 64, right: width - 20, top: legend.height + 12, bottom: height - 44 };

  for (const { group, label, x, y } of legend.items) {
    const s = groupStyle(group.style);
    // Struck through when this axis leaves the group off; only faded when it has run nothing yet.
    const absent = group.absent === null ? '' : group.absentShort === OFF_AXIS ? ' is-absent' : ' is-empty';
    const cls = `${s.colour}${absent}`;
    out.legend.push({ kind: 'line', key: `key-line-${group.style}`, className: `study-line ${cls}`, attrs: { x1: x, x2: x + 26, y1: y - 4, y2: y - 4, 'stroke-dasharray': s.dash || 'none' } });
    out.legend.push({ kind: 'path', key: `key-marker-${group.style}`, className: `study-marker ${cls}`, attrs: { d: symbol(SHAPES[group.style % SHAPES.length], 40)() ?? '', transform: `translate(${x + 13},${y - 4})` } });
    out.legend.push({
      kind: 'text', key: `key-text-${group.style}`, className: `chart-legend-text study-key${absent}`, attrs: { x: x + 34, y, 'data-variant': group.variant, 'data-group': groupKey(group) },
      text: label,
    });
  }
  out.legend.push({ kind: 'rect', key: 'key-band', className: 'study-band study-c-neutral', attrs: { x: legend.note.x, y: legend.note.y - 10, width: 26, height: 10 } });
  out.legend.push({ kind: 'text', key: 'key-band-text', className: 'chart-legend-text', attrs: { x: legend.note.x + 34, y: legend.note.y }, text: 'band: lowest to highest seed; line: mean' });

  const drawn = groups.filter((g) => g.points.length > 0);
  if (drawn.length === 0) {
    out.axes.push({ kind: 'text', key: 'empty', className: 'chart-empty', attrs: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, 'text-anchor': 'middle' }, text: `Nothing to plot against ${AXIS_LABEL[view.axis]}.` });
    return out;
  }
  const { x, y } = scales(drawn, view, box);
  const yTicks = view.logY ? logTicks(y.domain(), box.bottom - box.top) : y.ticks(5);
  yTicks.forEach((t, i) => {
    out.axes.push({ kind: 'line', key: `ygrid-${i}`, className: 'chart-grid', attrs: { x1: box.left, x2: box.right, y1: y(t), y2: y(t) } });
    out.axes.push({ kind: 'text', key: `ytick-${i}`, className: 'chart-tick', attrs: { x: box.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, text: formatTick(t) });
  });
  const xTicks = logAxis(view.axis) ? x.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9) : x.ticks(Math.max(2, Math.min(10, Math.floor((box.right - box.left) / 70)))).filter((t) => view.axis !== 'epochs' || Number.isInteger(t));
  xTicks.forEach((t, i) => {
    out.axes.push({ kind: 'line', key: `xgrid-${i}`, className: 'chart-grid', attrs: { x1: x(t), x2: x(t), y1: box.top, y2: box.bottom } });
    out.axes.push({ kind: 'text', key: `xtick-${i}`, className: 'chart-tick', attrs: { x: x(t), y: box.bottom + 16, 'text-anchor': 'middle' }, text: formatAxisValue(t, view.axis) });
  });
  out.axes.push({ kind: 'line', key: 'x-axis', className: 'study-axis', attrs: { x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom } });
  out.axes.push({ kind: 'text', key: 'x-label', className: 'chart-axis-label', attrs: { x: (box.left + box.right) / 2, y: height - 8, 'text-anchor': 'middle' }, text: AXIS_LABEL[view.axis] });
  const yMid = (box.top + box.bottom) / 2;
  out.axes.push({ kind: 'text', key: 'y-label', className: 'chart-axis-label', attrs: { x: 14, y: yMid, 'text-anchor': 'middle', transform: `rotate(-90 14 ${yMid})` }, text: `${view.split} loss${view.logY ? ' (log scale)' : ''}` });

  for (const group of drawn) {
    const s = groupStyle(group.style);
    const key = groupKey(group);
    const lit = !view.highlight ? '' : view.highlight === key ? ' is-highlighted' : ' is-dim';
    const pts = group.points;
    const where = (v: number) => (view.axis === 'epochs' ? `at epoch ${v}` : view.axis === 'seconds' ? `at ${v.toFixed(1)} s` : `after ${formatCount(v)} ${view.axis}`);
    const tip = (p: GroupPoint) => `${groupName(group)}: mean ${view.split} loss ${loss(p.mean)} over ${plural(p.seeds, 'seed')} (lowest ${loss(p.min)}, highest ${loss(p.max)}) ${where(p.x)}`;
    const upper = pts.map((p) => [x(p.x), y(p.max)] as [number, number]);
    const lower = pts.map((p) => [x(p.x), y(p.min)] as [number, number]).reverse();
    out.bands.push({ kind: 'path', key: `band-${group.style}`, className: `study-band ${s.colour}${lit}`, attrs: { d: `${path([...upper, ...lower])}Z`, 'data-variant': group.variant, 'data-group': key } });
    if (view.smoothing) out.lines.push({ kind: 'path', key: `raw-${group.style}`, className: `study-line study-raw ${s.colour}${lit}`, attrs: { d: path(pts.map((p) => [x(p.x), y(p.raw)])), 'data-group': key } });
    out.lines.push({ kind: 'path', key: `line-${group.style}`, className: `study-line ${s.colour}${lit}`, attrs: { d: path(pts.map((p) => [x(p.x), y(p.mean)])), 'stroke-dasharray': s.dash || 'none', 'data-variant': group.variant, 'data-group': key } });
    for (const i of markerIndices(pts.length)) {
      out.markers.push({
        kind: 'path', key: `marker-${group.style}-${i}`, className: `study-marker ${s.colour}${lit}`,
        attrs: { d: symbol(SHAPES[group.style % SHAPES.length], 36)() ?? '', transform: `translate(${x(pts[i].x)},${y(pts[i].mean)})`, 'data-variant': group.variant, 'data-group': key },
        title: tip(pts[i]),
      });
    }
  }
  return out;
}
