/**
 * The drawing steps of the loss chart, one function per layer: axes with grid lines, the two
 * series with a point at each one's latest epoch, and the legend. Each joins its marks in
 * place, so an update per report moves a few attributes and adds no elements after the first.
 */
import { formatTick } from '../text/format';
import { axisBottom, axisLeft, format, line, type ScaleContinuousNumeric, type ScaleLinear, type Selection } from 'd3';
import { drawable, logTicks, LOSS_MARGIN, type LossChartData } from './lossScales';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Everything a layer needs to draw one frame. */
export interface LossFrame {
  data: LossChartData;
  log: boolean;
  x: ScaleLinear<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  width: number;
  height: number;
}

const SERIES = [
  { key: 'train', label: 'train loss' },
  { key: 'test', label: 'test loss' },
] as const;

const integerTicks = (x: ScaleLinear<number, number>) => x.ticks(Math.min(10, x.domain()[1] - 1)).filter(Number.isInteger);

/** x axis (epochs, whole numbers), y axis with grid lines (log: on powers of ten and their 2s and 5s). */
export function drawLossAxes(layer: Layer, f: LossFrame): void {
  const plotWidth = f.width - LOSS_MARGIN.left - LOSS_MARGIN.right;
  layer.selectAll<SVGGElement, number>('g.chart-axis--x').data([0]).join('g').attr('class', 'chart-axis chart-axis--x')
    .attr('transform', `translate(0,${f.height - LOSS_MARGIN.bottom})`)
    .call(axisBottom(f.x).tickValues(integerTicks(f.x)).tickFormat(format('d')).tickSizeOuter(0));
  const yAxis = axisLeft(f.y).tickSize(-plotWidth).tickPadding(8);
  // One short tick form at any scale (a diverged run reaches 1e14): `0.2`, `1e−5`, `2e+14`.
  yAxis.tickFormat((v) => formatTick(Number(v)));
  if (f.log) yAxis.tickValues(logTicks(f.y.domain(), Math.abs(f.y.range()[0] - f.y.range()[1])));
  else yAxis.ticks(5);
  layer.selectAll<SVGGElement, number>('g.chart-axis--y').data([0]).join('g').attr('class', 'chart-axis chart-axis--y')
    .attr('transform', `translate(${LOSS_MARGIN.left},0)`).call(yAxis);
  layer.selectAll('text.chart-axis-label').data([0]).join('text').attr('class', 'chart-axis-label')
    .attr('text-anchor', 'middle').attr('x', LOSS_MARGIN.left + plotWidth / 2).attr('y', f.height - 6).text('epoch');
}

/** The train and test lines, and a point at each one's latest drawable epoch. */
export function drawLossSeries(layer: Layer, f: LossFrame): void {
  const path = line<number | null>()
    .defined((v) => drawable(v, f.log))
    .x((_, i) => f.x(i + 1))
    .y((v) => f.y(v as number));
  const lines = SERIES.map((s) => ({ key: s.key, values: f.data[s.key] }));
  layer.selectAll<SVGPathElement, (typeof lines)[number]>('path.chart-line').data(lines, (d) => d.key).join('path')
    .attr('class', (d) => `chart-line chart-line--${d.key}`)
    .attr('data-testid', (d) => `loss-line-${d.key}`)
    .attr('d', (d) => (d.values.some((v) => drawable(v, f.log)) ? path(d.values) : null));
  const ends = lines.flatMap((d) => {
    let i = d.values.length - 1;
    while (i >= 0 && !drawable(d.values[i], f.log)) i--;
    return i < 0 ? [] : [{ key: d.key, epoch: i + 1, value: d.values[i] as number }];
  });
  layer.selectAll<SVGCircleElement, (typeof ends)[number]>('circle.chart-point').data(ends, (d) => d.key).join('circle')
    .attr('class', (d) => `chart-point chart-point--${d.key}`)
    .attr('cx', (d) => f.x(d.epoch)).attr('cy', (d) => f.y(d.value)).attr('r', 3.5);
  const [top, bottom] = [LOSS_MARGIN.top, f.height - LOSS_MARGIN.bottom];
  // Two short lines, so the note fits a narrow chart (a tablet's half width) uncut.
  const x = (LOSS_MARGIN.left + f.width - LOSS_MARGIN.right) / 2;
  const empty = layer.selectAll('text.chart-empty').data(ends.length ? [] : [['Press Play to train;', 'the loss of every epoch appears here.']]).join('text')
    .attr('class', 'chart-empty').attr('text-anchor', 'middle').attr('x', x).attr('y', (top + bottom) / 2 - 8);
  empty.selectAll('tspan').data((d) => d).join('tspan').attr('x', x).attr('dy', (_, i) => (i === 0 ? 0 : '1.3em')).text((d) => d);
}

/** The legend, above the plot area. */
export function drawLossLegend(layer: Layer): void {
  layer.attr('transform', `translate(${LOSS_MARGIN.left},14)`);
  const items = layer.selectAll('g').data(SERIES).join('g').attr('transform', (_, i) => `translate(${i * 104},0)`);
  items.append('line').attr('class', (d) => `chart-line chart-line--${d.key}`).attr('x2', 18);
  items.append('circle').attr('class', (d) => `chart-point chart-point--${d.key}`).attr('cx', 9).attr('r', 3.5);
  items.append('text').attr('class', 'chart-legend-text').attr('x', 24).attr('dy', '0.35em').text((d) => d.label);
}
