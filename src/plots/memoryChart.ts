/**
 * The memory chart (`memoryChartLayout.ts`) as an object with `update` and `destroy`,
 * drawing into an `<svg>` the caller owns and redrawing when its container is resized.
 */
import type { MemoryProfileDto } from '../worker/protocol';
import { createChartFrame } from './chartFrame';
import { drawMarks } from './gradientBarsMarks';
import { describeMemory, memoryChartMarks } from './memoryChartLayout';

export interface MemoryChart {
  update(profile: MemoryProfileDto | null): void;
  destroy(): void;
}

/** Creates the chart in `svg`, following the size of its parent element. */
export function createMemoryChart(svg: SVGSVGElement, idPrefix = 'memory-chart'): MemoryChart {
  let profile: MemoryProfileDto | null = null;
  const frame = createChartFrame(svg, idPrefix, 'memory-chart', 'Contribution and sensitivity against time distance', ['axes', 'series', 'labels'], render);

  function render(): void {
    frame.setDescription(describeMemory(profile));
    const { width, height } = frame.size();
    if (width <= 0 || height <= 0) return;
    const marks = memoryChartMarks(profile, width, height);
    drawMarks(frame.layers.axes, marks.axes);
    drawMarks(frame.layers.series, marks.series);
    drawMarks(frame.layers.labels, marks.labels);
  }

  return {
    update(next) {
      profile = next;
      render();
    },
    destroy: () => frame.destroy(),
  };
}
