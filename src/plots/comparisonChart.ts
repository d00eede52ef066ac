/**
 * The method comparison chart (`comparisonChartLayout.ts`): an object with `update` and
 * `destroy` (docs/architecture.md §1) drawing into an `<svg>` the caller owns, following its parent's size,
 * with a `<title>` and a `<desc>` that says in words what the chart shows.
 */
import type { CompareSuccess } from '../worker/protocol';
import { createChartFrame } from './chartFrame';
import { comparisonMarks, describeComparison } from './comparisonChartLayout';
import { drawMarks } from './gradientBarsMarks';

export interface ComparisonChart {
  update(data: CompareSuccess | null): void;
  destroy(): void;
}

/** Creates the chart in `svg`. */
export function createComparisonChart(svg: SVGSVGElement, options: { idPrefix?: string } = {}): ComparisonChart {
  let data: CompareSuccess | null = null;
  const frame = createChartFrame(svg, options.idPrefix ?? 'comparison', 'comparison-chart', 'Gradient estimates by method against their cost in shots', ['axes', 'spreads', 'dots', 'labels'], render);

  function render(): void {
    frame.setDescription(describeComparison(data));
    const { width, height } = frame.size();
    if (width <= 0 || height <= 0) return;
    const marks = comparisonMarks(data, width, height);
    drawMarks(frame.layers.axes, marks.axes);
    drawMarks(frame.layers.dots, marks.dots);
    drawMarks(frame.layers.spreads, marks.spreads);
    drawMarks(frame.layers.labels, marks.labels);
  }

  return {
    update(next) {
      data = next;
      render();
    },
    destroy: () => frame.destroy(),
  };
}
