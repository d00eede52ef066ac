/**
 * The drawing steps of the outputs chart, one function per layer: axes, the band of
 * unscored steps, the two series and the legend. Each takes the layer's `<g>` and the
 * frame (scales and data) and joins its marks in place, so a redraw reuses elements.
 */
import { formatNumber } from '../text/format';
import { axisBottom, axisLeft, line, select, symbol, symbolDiamond, symbolSquare, symbolTriangle, type ScaleLinear, type Selection } from 'd3';
import type { OutputsChartData } from './outputsChart';

export type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Point = readonly [step: number, value: number];

/** Space around the plot area, in px, with a legend of one row (each further row adds {@link LEGEND_ROW} to `top`). */
export const MARGIN = { top: 34, right: 20, bottom: 40, left: 52 };

/** Everything a layer needs to draw one frame. */
export interface Frame {
  data: OutputsChartData;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  /** Where the plot area starts: below every row of the legend. */
  top: number;
  isScored(step: number): boolean;
}

/** A number for people: three decimals (or exponent), typographic minus. */
export const formatValue = (v: number) => formatNumber(v, 3);

/** x axis with one tick per step (up to 16 steps), y axis with grid lines, and the zero line. */
export function drawAxes(layer: Layer, f: Frame): void {
  const steps = f.data.outputs.length + (f.data.forecast?.length ?? 0);
  const ticks = steps <= 16 ? [...Array(steps).keys()] : f.x.ticks(12).filter(Number.isInteger);
  const plotWidth = f.width - MARGIN.left - MARGIN.right;
  layer.selectAll<SVGGElement, number>('g.chart-axis--x').data([0]).join('g').attr('class', 'chart-axis chart-axis--x')
    .attr('transform', `translate(0,${f.height - MARGIN.bottom})`)
    .call(axisBottom(f.x).tickValues(ticks).tickFormat(String).tickSizeOuter(0));
  layer.selectAll<SVGGElement, number>('g.chart-axis--y').data([0]).join('g').attr('class', 'chart-axis chart-axis--y')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(axisLeft(f.y).ticks(5).tickSize(-plotWidth).tickPadding(8));
  layer.selectAll('text.chart-axis-label').data([0]).join('text').attr('class', 'chart-axis-label')
    .attr('text-anchor', 'middle').attr('x', MARGIN.left + plotWidth / 2).attr('y', f.height - 6).text('step t');
  const [lo, hi] = f.y.domain();
  layer.selectAll('line.chart-zero').data(lo < 0 && hi > 0 ? [0] : []).join('line').attr('class', 'chart-zero')
    .attr('x1', MARGIN.left).attr('x2', f.width - MARGIN.right).attr('y1', f.y(0)).attr('y2', f.y(0));
}

/** Runs of consecutive unscored steps, as `[first, last]`, so each run is one seamless band. */
function unscoredRuns(f: Frame): [number, number][] {
  const runs: [number, number][] = [];
  for (let t = 0; t < f.data.outputs.length; t++) {
    if (f.isScored(t)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === t - 1) last[1] = t;
    else runs.push([t, t]);
  }
  return runs;
}

/** Shades every unscored step and captions the washout. */
export function drawUnscored(layer: Layer, f: Frame): void {
  const top = f.top;
  const bottom = f.height - MARGIN.bottom;
  layer.selectAll('rect').data(unscoredRuns(f)).join('rect').attr('class', 'chart-unscored')
    .attr('x', (r) => f.x(r[0] - 0.5)).attr('width', (r) => f.x(r[1] + 0.5) - f.x(r[0] - 0.5)).attr('y', top).attr('height', bottom - top);
  const washout = Math.min(f.data.washout ?? 0, f.data.outputs.length);
  layer.selectAll('text').data(washout > 0 ? [washout] : []).join('text').attr('class', 'chart-unscored-caption')
    .attr('x', f.x(washout / 2 - 0.5)).attr('y', bottom - 8).attr('text-anchor', 'middle').text('washout');
}

/** `m`, the number of outputs in the data (1 when there is none yet). */
export function outputCountOf(data: OutputsChartData): number {
  return data.outputs[0]?.length ?? data.targets.find((y) => y !== null)?.length ?? 1;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** The outputs' names: the data's own, else `ŷ₀`, `ŷ₁`, ... */
export function outputNames(data: OutputsChartData): string[] {
  return Array.from({ length: outputCountOf(data) }, (_, j) => data.names?.[j] ?? `ŷ${String(j).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`);
}

/**
 * The marker of output `j`: output 0 keeps the circle; later outputs cycle through a square,
 * a triangle and a diamond, so outputs differ by shape as well as colour.
 */
const SHAPES = [null, symbolSquare, symbolTriangle, symbolDiamond] as const;
const shapeOf = (j: number) => SHAPES[j % SHAPES.length];
/** Colours cycle after {@link SERIES_COLOURS} outputs (styles.css `--series-output-k`). */
const SERIES_COLOURS = 6;
const seriesClass = (j: number) => (j === 0 ? '' : ` chart-series--${j % SERIES_COLOURS}`);

/** One output's marks: a point is `[step, value]`. */
interface OutputSeries {
  j: number;
  outputs: Point[];
  targets: Point[];
}

function seriesOf(data: OutputsChartData): OutputSeries[] {
  return Array.from({ length: outputCountOf(data) }, (_, j) => ({
    j,
    outputs: data.outputs.map((row, t): Point => [t, row[j]]),
    targets: data.targets.flatMap((row, t): Point[] => (row === null ? [] : [[t, row[j]]])),
  }));
}

/**
 * Targets as a dashed line with hollow points; outputs as a solid line with filled points;
 * the free-running forecast, when there is one, as a dotted continuation of the outputs.
 * Output 0 is drawn as one output always was; each further output gets its own group.
 */
export function drawSeries(layer: Layer, f: Frame): void {
  const { data, x, y } = f;
  const path = line<Point>().x((p) => x(p[0])).y((p) => y(p[1]));
  const names = outputNames(data);
  const several = names.length > 1;
  const label = (j: number) => (p: Point) => {
    const target = data.targets[p[0]]?.[j];
    const what = several ? `${names[j]} ${formatValue(p[1])}` : `output ${formatValue(p[1])}`;
    return `step ${p[0]}: ${what}, target ${target == null ? 'none' : formatValue(target)}${f.isScored(p[0]) ? '' : ' (not scored)'}`;
  };
  const groups = layer.selectAll<SVGGElement, OutputSeries>('g.chart-output').data(seriesOf(data), (d) => String(d.j))
    .join('g').attr('class', (d) => `chart-output${seriesClass(d.j)}${several ? ' chart-output--paired' : ''}`).attr('data-output', (d) => d.j);
  groups.each(function (d) {
    const g = select(this);
    const shape = shapeOf(d.j);
    g.selectAll('path.chart-line--target').data([d.targets]).join('path').attr('class', 'chart-line chart-line--target').attr('d', (p) => (p.length ? path(p) : null));
    g.selectAll('path.chart-line--output').data([d.outputs]).join('path').attr('class', 'chart-line chart-line--output').attr('d', (p) => (p.length ? path(p) : null));
    if (d.j === 0) drawForecast(g, f, path, d.outputs);
    if (shape === null) {
      g.selectAll('circle.chart-point--target').data(d.targets).join('circle').attr('class', 'chart-point chart-point--target')
        .attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 4);
    } else {
      g.selectAll('path.chart-point--target').data(d.targets).join('path').attr('class', 'chart-point chart-point--target')
        .attr('d', symbol(shape, 50)).attr('transform', (p) => `translate(${x(p[0])},${y(p[1])})`);
    }
    const kind = shape === null ? 'circle' : 'path';
    const outputs = g.selectAll<SVGElement, Point>(`${kind}.chart-point--output`).data(d.outputs)
      .join((enter) => enter.append(kind).call((c) => c.append('title')))
      .attr('class', (p) => `chart-point chart-point--output${f.isScored(p[0]) ? '' : ' is-unscored'}`)
      .attr('data-testid', 'output-point').attr('data-step', (p) => p[0]);
    if (shape === null) outputs.attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 3.5);
    else outputs.attr('d', symbol(shape, 42)).attr('transform', (p) => `translate(${x(p[0])},${y(p[1])})`);
    outputs.select('title').text(label(d.j));
  });
}

/** The free-running forecast (one output only) as a dotted continuation of `outputs`. */
function drawForecast(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, path: (p: Point[]) => string | null, outputs: Point[]): void {
  const { data, x, y } = f;
  const last = outputs[outputs.length - 1];
  const forecast: Point[] = last && data.forecast?.length ? [last, ...data.forecast.map((v, k): Point => [outputs.length + k, v])] : [];
  g.selectAll('path.chart-line--forecast').data([forecast]).join('path').attr('class', 'chart-line chart-line--forecast').attr('d', (d) => (d.length ? path(d) : null));
  g.selectAll<SVGCircleElement, Point>('circle.chart-point--forecast').data(forecast.slice(1))
    .join((enter) => enter.append('circle').call((c) => c.append('title')))
    .attr('class', 'chart-point chart-point--forecast').attr('data-testid', 'forecast-point')
    .attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 2.5)
    .select('title').text((p) => `step ${p[0]}: free-running forecast ${formatValue(p[1])}`);
}

interface LegendItem {
  /** `pair`: one output of several (its line and marker); `note`: words only. */
  key: 'output' | 'target' | 'unscored' | 'forecast' | 'pair' | 'note';
  label: string;
  /** The output a `pair` item stands for. */
  j?: number;
}

const SINGLE_LEGEND: LegendItem[] = [
  { key: 'output', label: 'output ŷ' },
  { key: 'target', label: 'target' },
  { key: 'unscored', label: 'not scored' },
  { key: 'forecast', label: 'forecast' },
];
/** Width of one legend slot; an item takes as many slots as its estimated width needs. */
const LEGEND_STEP = 92;
/** Height of one legend row. */
export const LEGEND_ROW = 16;
/** A legend character's estimated width (12 px UI font); d3 cannot measure text before it is drawn, nor in tests. */
const CHAR_WIDTH = 6.4;

/** The legend items: one output as always; several as one item per output (`ŷ₀ ─ ╌ target`) and the band. */
function legendOf(data: OutputsChartData): LegendItem[] {
  const names = outputNames(data);
  // No forecast (several outputs, a QLSTM, or a task that is not next-step prediction): no forecast in the legend.
  if (names.length === 1) return data.forecast?.length ? SINGLE_LEGEND : SINGLE_LEGEND.filter((item) => item.key !== 'forecast');
  return [...names.map((name, j): LegendItem => ({ key: 'pair', label: name, j })), { key: 'unscored', label: 'not scored' }, { key: 'note', label: 'solid ŷ, dashed target' }];
}

/** A legend item placed: `x` and `y` from the legend's origin. */
export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

/**
 * The legend's items in rows that fit `width` (the chart's width; 0 before it is known puts
 * them in one row): each item takes whole slots of {@link LEGEND_STEP} for its swatch and
 * label, and starts a new row when the row has no room left. `rows` is how many rows it takes.
 */
export function legendLayout(data: OutputsChartData, width: number): { items: PlacedLegendItem[]; rows: number } {
  const room = width > 0 ? Math.max(LEGEND_STEP, width - MARGIN.left - MARGIN.right) : Number.POSITIVE_INFINITY;
  let x = 0;
  let row = 0;
  const items = legendOf(data).map((item): PlacedLegendItem => {
    const span = Math.ceil(((item.key === 'note' ? 0 : 24) + item.label.length * CHAR_WIDTH) / LEGEND_STEP) * LEGEND_STEP;
    if (x > 0 && x + span > room) [x, row] = [0, row + 1];
    const placed = { ...item, x, y: row * LEGEND_ROW };
    x += span;
    return placed;
  });
  return { items, rows: row + 1 };
}

/** Where the plot area starts below a legend of `rows` rows. */
export const plotTop = (rows: number) => MARGIN.top + (Math.max(1, rows) - 1) * LEGEND_ROW;

/** The legend, above the plot area, in rows that fit `width`; returns how many rows it took. */
export function drawLegend(layer: Layer, data: OutputsChartData, width: number): number {
  layer.attr('transform', `translate(${MARGIN.left},14)`);
  const { items, rows } = legendLayout(data, width);
  layer.selectAll<SVGGElement, PlacedLegendItem>('g').data(items, (d) => `${d.key}${d.j ?? ''}${d.label}`).join((enter) =>
    enter.append('g').each(function (d) {
      const item = select(this);
      if (d.key === 'unscored') item.append('rect').attr('class', 'chart-unscored').attr('y', -6).attr('width', 18).attr('height', 12).attr('rx', 2);
      else if (d.key === 'pair' && d.j !== undefined) {
        item.attr('class', `chart-output${seriesClass(d.j)}`);
        item.append('line').attr('class', 'chart-line chart-line--output').attr('x2', 18);
        const shape = shapeOf(d.j);
        if (shape === null) item.append('circle').attr('class', 'chart-point chart-point--output').attr('cx', 9).attr('r', 3.5);
        else item.append('path').attr('class', 'chart-point chart-point--output').attr('d', symbol(shape, 42)).attr('transform', 'translate(9,0)');
      } else if (d.key !== 'pair' && d.key !== 'note') {
        item.append('line').attr('class', `chart-line chart-line--${d.key}`).attr('x2', 18);
        item.append('circle').attr('class', `chart-point chart-point--${d.key}`).attr('cx', 9).attr('r', 3.5);
      }
      item.append('text').attr('class', 'chart-legend-text').attr('x', d.key === 'note' ? 0 : 24).attr('dy', '0.35em').text(d.label);
    }),
  ).attr('transform', (d) => `translate(${d.x},${d.y})`);
  return rows;
}
