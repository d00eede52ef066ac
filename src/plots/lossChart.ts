/**
 * The loss chart: train and test loss per epoch, drawn with d3 into an `<svg>` the caller
 * owns. Train is a solid line, test a dashed one in a second hue (both survive greyscale),
 * each ending in a point at the latest epoch; the y axis is linear from zero or logarithmic
 * (`setLogScale`). An object with `update` and `destroy` (docs/architecture.md §1): an update joins the
 * existing marks, it never rebuilds the SVG. Redraws when its container is resized and
 * describes its data in words in the SVG's `<desc>`.
 */
import { NOISE, typographicMinus } from '../text/format';
import { observeChartSize } from './chartFrame';
import { select } from 'd3';
import { drawLossAxes, drawLossLegend, drawLossSeries } from './lossLayers';
import { lossScales, type LossChartData } from './lossScales';

export type { LossChartData } from './lossScales';

/** Options of {@link createLossChart}. */
export interface LossChartOptions {
  /** Accessible name of the chart (its `<title>`). */
  title?: string;
  /** Prefix for element ids inside the SVG; must be unique in the page. */
  idPrefix?: string;
}

/** A drawn loss chart: feed it with `update`, switch its scale, `destroy` it when done. */
export interface LossChart {
  /** Redraws with new data. */
  update(data: LossChartData): void;
  /** Switches the y axis between linear and logarithmic. */
  setLogScale(log: boolean): void;
  /** Stops following the container and empties the SVG. */
  destroy(): void;
}

const EMPTY: LossChartData = { train: [], test: [] };

/** A loss for people: three significant digits, typographic minus. */
export const formatLoss = (v: number) => (Math.abs(v) < NOISE ? '0' : typographicMinus(Math.abs(v) < 1e-3 ? v.toExponential(2) : v.toPrecision(3)));

function lastValue(series: readonly (number | null)[]): [epoch: number, value: number] | null {
  for (let i = series.length - 1; i >= 0; i--) {
    const v = series[i];
    if (v != null && Number.isFinite(v)) return [i + 1, v];
  }
  return null;
}

function firstValue(series: readonly (number | null)[]): [epoch: number, value: number] | null {
  const i = series.findIndex((v) => v != null && Number.isFinite(v));
  return i < 0 ? null : [i + 1, series[i] as number];
}

function describeSeries(name: string, series: readonly (number | null)[]): string {
  const first = firstValue(series);
  const last = lastValue(series);
  if (!first || !last) return `No ${name} loss.`;
  if (first[0] === last[0]) return `${name[0].toUpperCase()}${name.slice(1)} loss ${formatLoss(first[1])} at epoch ${first[0]}.`;
  return `${name[0].toUpperCase()}${name.slice(1)} loss from ${formatLoss(first[1])} at epoch ${first[0]} to ${formatLoss(last[1])} at epoch ${last[0]}.`;
}

/** Describes the data in words, for the SVG's `<desc>`. */
export function describeLoss(data: LossChartData, log = false): string {
  const done = Math.max(data.train.length, data.test.length);
  if (done === 0) return 'No training yet.';
  const planned = data.epochs && data.epochs >= done ? ` of ${data.epochs}` : '';
  const scale = log ? 'Logarithmic' : 'Linear';
  const unit = done === 1 && !planned ? 'epoch' : 'epochs';
  return `${done}${planned} ${unit}. ${describeSeries('train', data.train)} ${describeSeries('test', data.test)} ${scale} scale.`;
}

/** Creates the chart in `svg` and starts following the size of its parent element. */
export function createLossChart(svg: SVGSVGElement, options: LossChartOptions = {}): LossChart {
  const prefix = options.idPrefix ?? 'loss-chart';
  const root = select(svg).attr('role', 'img').attr('aria-labelledby', `${prefix}-title ${prefix}-desc`).classed('loss-chart', true);
  root.selectAll('*').remove();
  root.append('title').attr('id', `${prefix}-title`).text(options.title ?? 'Loss per epoch');
  const desc = root.append('desc').attr('id', `${prefix}-desc`);
  const axes = root.append('g').attr('class', 'chart-axes');
  const series = root.append('g').attr('class', 'chart-series');
  drawLossLegend(root.append('g').attr('class', 'chart-legend'));
  let data = EMPTY;
  let log = false;
  let width = 0;
  let height = 0;
  /** The size, scale and domains the axes were last drawn for: redrawn only when they change. */
  let axesKey = '';

  function render(): void {
    desc.text(describeLoss(data, log));
    root.attr('data-scale', log ? 'log' : 'linear').attr('data-epochs', Math.max(data.train.length, data.test.length));
    if (width <= 0 || height <= 0) return;
    const frame = { data, log, width, height, ...lossScales(data, log, width, height) };
    const key = [width, height, log, ...frame.x.domain(), ...frame.y.domain()].join();
    if (key !== axesKey) drawLossAxes(axes, frame);
    axesKey = key;
    drawLossSeries(series, frame);
  }

  const observer = observeChartSize(svg, root, (w, h) => {
    [width, height] = [w, h];
    render();
  });

  return {
    update(next) {
      data = next;
      render();
    },
    setLogScale(next) {
      if (next === log) return;
      log = next;
      render();
    },
    destroy() {
      observer.disconnect();
      root.selectAll('*').remove();
    },
  };
}
