/**
 * The heat map chart: parameters x steps of contributions (`heatmapLayout.ts`), drawn into
 * an `<svg>` the caller owns, as an object with `update` and `destroy`. Clicking a cell (or
 * a parameter's name) reports the parameter and the step through `onSelect`; double-clicking
 * a cell reports them through `onActivate`.
 */
import { createChartFrame } from './chartFrame';
import { drawMarks } from './gradientBarsMarks';
import { describeHeatmap, heatmapMarks, type HeatmapData } from './heatmapLayout';

export interface HeatmapOptions {
  idPrefix?: string;
  /** Called with the clicked cell's parameter and step (`null` for a row label). */
  onSelect?: (param: string, step: number | null) => void;
  /** Called with a double-clicked cell's parameter and step (the page opens the Explain panel). */
  onActivate?: (param: string, step: number) => void;
}

export interface HeatmapChart {
  update(data: HeatmapData): void;
  destroy(): void;
}

/** Creates the chart in `svg`, following the size of its parent element. */
export function createHeatmapChart(svg: SVGSVGElement, options: HeatmapOptions = {}): HeatmapChart {
  let data: HeatmapData = { rows: { names: [], steps: 0, values: new Float64Array(0) }, chosen: null, focusedStep: null };
  const frame = createChartFrame(svg, options.idPrefix ?? 'heatmap', 'heatmap', 'Contributions of every parameter at every step', ['cells', 'labels'], render);

  function render(): void {
    frame.setDescription(describeHeatmap(data));
    const { width, height } = frame.size();
    if (width <= 0 || height <= 0) return;
    const marks = heatmapMarks(data, width, height);
    drawMarks(frame.layers.cells, marks.cells);
    drawMarks(frame.layers.labels, marks.labels);
  }

  frame.root.on('dblclick', (event: MouseEvent) => {
    const el = event.target instanceof Element ? event.target.closest('[data-param][data-step]') : null;
    if (el) options.onActivate?.(el.getAttribute('data-param') as string, Number(el.getAttribute('data-step')));
  });
  frame.root.on('click', (event: MouseEvent) => {
    const el = event.target instanceof Element ? event.target.closest('[data-param]') : null;
    if (!el) return;
    const step = el.getAttribute('data-step');
    options.onSelect?.(el.getAttribute('data-param') as string, step === null ? null : Number(step));
  });
  return {
    update(next) {
      data = next;
      render();
    },
    destroy() {
      frame.root.on('click', null).on('dblclick', null);
      frame.destroy();
    },
  };
}
