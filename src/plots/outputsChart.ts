/**
 * The outputs chart: the heads' outputs `yhat_{t,j}` against their targets at every step of
 * one sequence, drawn with d3 into an `<svg>` the caller owns. Targets are hollow points on a
 * dashed line; outputs a solid line with filled points; steps that are not scored (the
 * washout, or a `null` target) sit on a shaded band and their output points are hollow. With
 * several outputs (docs/spec.md §5.3) each output and its target share a colour and a marker
 * shape of their own, named in the legend, so no pair is told apart by colour alone. The
 * chart is an object with `update` and `destroy` (docs/architecture.md §1), redraws when its container is
 * resized, and describes its data in words in the SVG's `<desc>`.
 */
import { observeChartSize } from './chartFrame';
import { plural, pluralNoun } from '../text/plural';
import { extent, scaleLinear, select } from 'd3';
import { drawAxes, drawLegend, drawSeries, drawUnscored, formatValue, MARGIN, outputCountOf, outputNames, plotTop, type Frame } from './outputsLayers';

/** One sequence's outputs and targets (`[step][output]`); `targets[t] === null` marks an unscored step. */
export interface OutputsChartData {
  outputs: number[][];
  targets: (number[] | null)[];
  /** The outputs' names in the legend (default `ŷ₀`, `ŷ₁`, ...; one output: `output ŷ`). */
  names?: string[];
  /** Steps `t < washout` are not scored (default 0). */
  washout?: number;
  /** The loss over the scored steps, quoted in the chart's description. */
  loss?: number | null;
  /** The free-running forecast after the last step (the model fed its own outputs), drawn dashed. */
  forecast?: number[];
}

export interface OutputsChartOptions {
  /** Accessible name of the chart (its `<title>`). */
  title?: string;
  /** Prefix for element ids inside the SVG; must be unique in the page. */
  idPrefix?: string;
}

export interface OutputsChart {
  /** Redraws with new data. */
  update(data: OutputsChartData): void;
  /** Stops following the container and empties the SVG. */
  destroy(): void;
}

const EMPTY: OutputsChartData = { outputs: [], targets: [] };

function scoredTest(data: OutputsChartData): (step: number) => boolean {
  const washout = data.washout ?? 0;
  return (t) => t >= washout && data.targets[t] != null;
}

/** Describes the data in words, for the SVG's `<desc>`. */
export function describeOutputs(data: OutputsChartData): string {
  const steps = data.outputs.length;
  if (steps === 0) return 'No simulation yet.';
  const isScored = scoredTest(data);
  const scored = data.outputs.filter((_, t) => isScored(t)).length;
  const [lo, hi] = extent(data.outputs.flat()) as [number, number];
  const m = outputCountOf(data);
  const outputs = m > 1 ? ` ${m} outputs (${outputNames(data).join(', ')}).` : '';
  const loss = data.loss == null ? '' : ` Loss ${formatValue(data.loss)}.`;
  const forecast = data.forecast?.length ? ` Free-running forecast of ${data.forecast.length} more ${pluralNoun(data.forecast.length, 'step')}.` : '';
  return `${plural(steps, 'step')}, ${scored} scored.${outputs} Outputs range from ${formatValue(lo)} to ${formatValue(hi)}.${loss}${forecast}`;
}

/** The scales for a plot area from `top` (below the legend) to the x axis. */
function frameFor(data: OutputsChartData, width: number, height: number, top: number): Frame {
  const steps = data.outputs.length + (data.forecast?.length ?? 0);
  const x = scaleLinear().domain([-0.5, Math.max(steps, 1) - 0.5]).range([MARGIN.left, width - MARGIN.right]);
  const values = [...data.outputs.flat(), ...data.targets.flatMap((v) => v ?? []), ...(data.forecast ?? [])];
  const [lo, hi] = values.length ? (extent(values) as [number, number]) : [-1, 1];
  const pad = Math.max((hi - lo) * 0.08, 0.05);
  const y = scaleLinear().domain([lo - pad, hi + pad]).nice().range([height - MARGIN.bottom, top]);
  return { data, x, y, width, height, top, isScored: scoredTest(data) };
}

/** Creates the chart in `svg` and starts following the size of its parent element. */
export function createOutputsChart(svg: SVGSVGElement, options: OutputsChartOptions = {}): OutputsChart {
  const prefix = options.idPrefix ?? 'outputs-chart';
  const root = select(svg).attr('role', 'img').attr('aria-labelledby', `${prefix}-title ${prefix}-desc`).classed('outputs-chart', true);
  root.selectAll('*').remove();
  root.append('title').attr('id', `${prefix}-title`).text(options.title ?? 'Outputs against targets per step');
  const desc = root.append('desc').attr('id', `${prefix}-desc`);
  const unscored = root.append('g').attr('class', 'chart-unscored-layer');
  const axes = root.append('g').attr('class', 'chart-axes');
  const series = root.append('g').attr('class', 'chart-series');
  const legend = root.append('g').attr('class', 'chart-legend');
  let data = EMPTY;
  let width = 0;
  let height = 0;
  /** The size, steps and domains the axes were last drawn for: redrawn only when they change. */
  let axesKey = '';

  function render(): void {
    desc.text(describeOutputs(data));
    // The plot area starts under the legend's last row, so a legend that wraps never covers it.
    const rows = drawLegend(legend, data, width);
    if (width <= 0 || height <= 0) return;
    const frame = frameFor(data, width, height, plotTop(rows));
    const key = [width, height, frame.top, data.outputs.length, data.washout ?? 0, ...frame.x.domain(), ...frame.y.domain()].join();
    if (key !== axesKey) drawAxes(axes, frame);
    axesKey = key;
    drawUnscored(unscored, frame);
    drawSeries(series, frame);
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
    destroy() {
      observer.disconnect();
      root.selectAll('*').remove();
    },
  };
}
