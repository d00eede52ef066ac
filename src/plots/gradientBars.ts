/**
 * The gradient bars chart: for the chosen parameter, one bar per occurrence stacked into the
 * total as a waterfall, the head's part, the total, and the adjoint reference mark
 * (`gradientBarsLayout.ts`). An object with `update` and `destroy` (docs/architecture.md §1) drawing into
 * an `<svg>` the caller owns; hovering a bar reports its occurrence through `onFocus`, so
 * the timeline's readout follows, and clicking one through `onActivate`.
 */
import { type OccurrenceRef } from '../store';
import { createChartFrame } from './chartFrame';
import { describeGradientBars, gradientBarsMarks, type GradientBarsData } from './gradientBarsLayout';
import { drawMarks } from './gradientBarsMarks';

export interface GradientBarsOptions {
  idPrefix?: string;
  /** Called with the occurrence under the pointer (or `null` when it leaves the bars). */
  onFocus?: (occurrence: OccurrenceRef | null) => void;
  /** Called with a clicked bar's occurrence (the page opens the Explain panel on it). */
  onActivate?: (occurrence: OccurrenceRef) => void;
}

export interface GradientBarsChart {
  update(data: GradientBarsData): void;
  destroy(): void;
}

const EMPTY: GradientBarsData = { param: null, bars: [], total: null, headPart: 0, reference: null };

function occurrenceOf(target: EventTarget | null): OccurrenceRef | null {
  const el = target instanceof Element ? target.closest('[data-gate][data-step]') : null;
  return el ? { gate: Number(el.getAttribute('data-gate')), step: Number(el.getAttribute('data-step')) } : null;
}

/** Creates the chart in `svg`, following the size of its parent element. */
export function createGradientBarsChart(svg: SVGSVGElement, options: GradientBarsOptions = {}): GradientBarsChart {
  let data = EMPTY;
  const frame = createChartFrame(svg, options.idPrefix ?? 'gradient-bars', 'gradient-bars', 'Contributions of each occurrence, stacked into the gradient', ['axes', 'bars', 'labels'], render);

  function render(): void {
    frame.setDescription(describeGradientBars(data));
    const { width, height } = frame.size();
    if (width <= 0 || height <= 0) return;
    const marks = data.param === null ? { axes: [], bars: [], labels: [] } : gradientBarsMarks(data, width, height);
    drawMarks(frame.layers.axes, marks.axes);
    drawMarks(frame.layers.bars, marks.bars);
    drawMarks(frame.layers.labels, marks.labels);
  }

  frame.root.on('pointerover', (event: PointerEvent) => options.onFocus?.(occurrenceOf(event.target)));
  frame.root.on('pointerleave', () => options.onFocus?.(null));
  frame.root.on('click', (event: MouseEvent) => {
    const occurrence = occurrenceOf(event.target);
    if (occurrence) options.onActivate?.(occurrence);
  });
  return {
    update(next) {
      data = next;
      render();
    },
    destroy() {
      frame.root.on('pointerover', null).on('pointerleave', null).on('click', null);
      frame.destroy();
    },
  };
}
