/**
 * The drawing steps of the outputs chart, one function per layer: axes, the band of
 * unscored steps, the two series and the legend. Each takes the layer's `<g>` and the
 * frame (scales and data) and joins its marks in place, so a redraw reuses elements.
 */
import { formatNumber } from '../text/format';
import { axisBottom, axisLeft, line, select, type ScaleLinear, type Selection } from 'd3';
import type { OutputsChartData } from './outputsChart';

export type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Point = readonly [step: number, value: number];

/** Space around the plot area, in px. */
export const MARGIN = { top: 34, right: 20, bottom: 40, left: 52 };

/** Everything a layer needs to draw one frame. */
export interface Frame {
  data: OutputsChartData;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
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
  const top = MARGIN.top;
  const bottom = f.height - MARGIN.bottom;
  layer.selectAll('rect').data(unscoredRuns(f)).join('rect').attr('class', 'chart-unscored')
    .attr('x', (r) => f.x(r[0] - 0.5)).attr('width', (r) => f.x(r[1] + 0.5) - f.x(r[0] - 0.5)).attr('y', top).attr('height', bottom - top);
  const washout = Math.min(f.data.washout ?? 0, f.data.outputs.length);
  layer.selectAll('text').data(washout > 0 ? [washout] : []).join('text').attr('class', 'chart-unscored-caption')
    .attr('x', f.x(washout / 2 - 0.5)).attr('y', bottom - 8).attr('text-anchor', 'middle').text('washout');
}

/**
 * Targets as a dashed line with hollow points; outputs as a solid line with filled points;
 * the free-running forecast, when there is one, as a dotted continuation of the outputs.
 */
export function drawSeries(layer: Layer, f: Frame): void {
  const { data, x, y } = f;
  const path = line<Point>().x((p) => x(p[0])).y((p) => y(p[1]));
  const targets = data.targets.map((v, t) => [t, v] as const).filter((p): p is Point => p[1] !== null);
  const outputs: Point[] = data.outputs.map((v, t) => [t, v]);
  const label = (p: Point) => {
    const target = data.targets[p[0]];
    return `step ${p[0]}: output ${formatValue(p[1])}, target ${target == null ? 'none' : formatValue(target)}${f.isScored(p[0]) ? '' : ' (not scored)'}`;
  };
  layer.selectAll('path.chart-line--target').data([targets]).join('path').attr('class', 'chart-line chart-line--target').attr('d', (d) => (d.length ? path(d) : null));
  layer.selectAll('path.chart-line--output').data([outputs]).join('path').attr('class', 'chart-line chart-line--output').attr('d', (d) => (d.length ? path(d) : null));
  const last = outputs[outputs.length - 1];
  const forecast: Point[] = last && data.forecast?.length ? [last, ...data.forecast.map((v, k): Point => [outputs.length + k, v])] : [];
  layer.selectAll('path.chart-line--forecast').data([forecast]).join('path').attr('class', 'chart-line chart-line--forecast').attr('d', (d) => (d.length ? path(d) : null));
  layer.selectAll<SVGCircleElement, Point>('circle.chart-point--forecast').data(forecast.slice(1))
    .join((enter) => enter.append('circle').call((c) => c.append('title')))
    .attr('class', 'chart-point chart-point--forecast').attr('data-testid', 'forecast-point')
    .attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 2.5)
    .select('title').text((p) => `step ${p[0]}: free-running forecast ${formatValue(p[1])}`);
  layer.selectAll('circle.chart-point--target').data(targets).join('circle').attr('class', 'chart-point chart-point--target')
    .attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 4);
  layer.selectAll<SVGCircleElement, Point>('circle.chart-point--output').data(outputs)
    .join((enter) => enter.append('circle').call((c) => c.append('title')))
    .attr('class', (p) => `chart-point chart-point--output${f.isScored(p[0]) ? '' : ' is-unscored'}`)
    .attr('data-testid', 'output-point').attr('data-step', (p) => p[0])
    .attr('cx', (p) => x(p[0])).attr('cy', (p) => y(p[1])).attr('r', 3.5)
    .select('title').text(label);
}

const LEGEND = [
  { key: 'output', label: 'output ŷ' },
  { key: 'target', label: 'target' },
  { key: 'unscored', label: 'not scored' },
  { key: 'forecast', label: 'forecast' },
] as const;
const LEGEND_STEP = 92;

/** The legend, above the plot area. */
export function drawLegend(layer: Layer): void {
  layer.attr('transform', `translate(${MARGIN.left},14)`);
  layer.selectAll<SVGGElement, (typeof LEGEND)[number]>('g').data(LEGEND).join((enter) =>
    enter.append('g').each(function (d) {
      const item = select(this).attr('transform', `translate(${LEGEND.indexOf(d) * LEGEND_STEP},0)`);
      if (d.key === 'unscored') item.append('rect').attr('class', 'chart-unscored').attr('y', -6).attr('width', 18).attr('height', 12).attr('rx', 2);
      else {
        item.append('line').attr('class', `chart-line chart-line--${d.key}`).attr('x2', 18);
        item.append('circle').attr('class', `chart-point chart-point--${d.key}`).attr('cx', 9).attr('r', 3.5);
      }
      item.append('text').attr('class', 'chart-legend-text').attr('x', 24).attr('dy', '0.35em').text(d.label);
    }),
  );
}
