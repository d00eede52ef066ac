/**
 * The part every chart object shares: an `<svg>` with its `<title>` and `<desc>`, named
 * layers in drawing order, and a ResizeObserver on the parent that redraws at the new size.
 * Used by the gradient bars, the heat map and the memory chart.
 */
import { select } from 'd3';
import type { MarkLayer } from './gradientBarsMarks';

export interface ChartFrame {
  root: ReturnType<typeof select<SVGSVGElement, unknown>>;
  layers: Record<string, MarkLayer>;
  /** Current size in px (0 until the first observation). */
  size(): { width: number; height: number };
  setDescription(text: string): void;
  destroy(): void;
}

/** Prepares `svg` with `title`, a description and `layerNames` as `<g>` layers; calls `render` on resize. */
export function createChartFrame(svg: SVGSVGElement, prefix: string, className: string, title: string, layerNames: readonly string[], render: () => void): ChartFrame {
  const root = select(svg).attr('role', 'img').attr('aria-labelledby', `${prefix}-title ${prefix}-desc`).classed(className, true);
  root.selectAll('*').remove();
  root.append('title').attr('id', `${prefix}-title`).text(title);
  const desc = root.append('desc').attr('id', `${prefix}-desc`);
  const layers: Record<string, MarkLayer> = {};
  for (const name of layerNames) layers[name] = root.append('g').attr('class', `chart-layer chart-layer--${name}`);
  let width = 0;
  let height = 0;
  const observer = observeChartSize(svg, root, (w, h) => {
    [width, height] = [w, h];
    render();
  });
  return {
    root,
    layers,
    size: () => ({ width, height }),
    setDescription: (text) => void desc.text(text),
    destroy() {
      observer.disconnect();
      root.selectAll('*').remove();
    },
  };
}

/**
 * Follows the size of `svg`'s container: on a change of whole pixels, sizes the SVG (viewBox,
 * width, height) and calls `onResize`. The caller disconnects the observer on destroy.
 */
export function observeChartSize(svg: SVGSVGElement, root: { attr(name: string, value: string | number): unknown }, onResize: (width: number, height: number) => void): ResizeObserver {
  let width = 0;
  let height = 0;
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    const [w, h] = [Math.floor(box.width), Math.floor(box.height)];
    if (w === width && h === height) return;
    [width, height] = [w, h];
    root.attr('viewBox', `0 0 ${width} ${height}`);
    root.attr('width', width);
    root.attr('height', height);
    onResize(width, height);
  });
  observer.observe(svg.parentElement ?? svg);
  return observer;
}
