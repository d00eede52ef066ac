/**
 * The study chart (`studyChartLayout.ts`): an object with `update` and `destroy`
 * (docs/architecture.md §1) drawing the loss of every variant and baseline of a study, mean
 * line and min-max band over seeds, into an `<svg>` the caller owns, following its parent's
 * size, with a `<title>` and a `<desc>` that reads the chart out in words.
 */
import { createChartFrame } from './chartFrame';
import { studyGroups, type StudyChartRun } from './studyChartData';
import { describeStudy, studyMarks, type StudyChartView } from './studyChartLayout';
import { drawMarks } from './gradientBarsMarks';

export interface StudyChartData extends StudyChartView {
  runs: readonly StudyChartRun[];
}

export interface StudyChart {
  update(data: StudyChartData): void;
  destroy(): void;
}

export interface StudyChartOptions {
  idPrefix?: string;
  /** The group (`groupKey`) under the pointer, or `null` when it leaves the groups' marks. */
  onPoint?: (group: string | null) => void;
}

const LAYERS = ['axes', 'bands', 'lines', 'markers', 'legend'] as const;

/** Creates the chart in `svg`. */
export function createStudyChart(svg: SVGSVGElement, options: StudyChartOptions = {}): StudyChart {
  let data: StudyChartData = { runs: [], axis: 'epochs', split: 'train', logY: true };
  const frame = createChartFrame(svg, options.idPrefix ?? 'study', 'study-chart', 'Loss of each study variant, mean and spread over seeds', LAYERS, render);
  // Pointing at a band, a line, a marker or a legend entry names its group (the table lights the row).
  const pointed = (event: Event) => (event.target as Element | null)?.closest?.('[data-group]')?.getAttribute('data-group') ?? null;
  frame.root.on('pointerover', (event: Event) => options.onPoint?.(pointed(event)));
  frame.root.on('pointerleave', () => options.onPoint?.(null));

  function render(): void {
    const groups = studyGroups(data.runs, data.axis, data.split, data.logY, data.smoothing ?? 0);
    frame.setDescription(describeStudy(groups, data));
    const { width, height } = frame.size();
    if (width <= 0 || height <= 0) return;
    const marks = studyMarks(groups, data, width, height);
    for (const layer of LAYERS) drawMarks(frame.layers[layer], marks[layer]);
  }

  return {
    update(next) {
      data = next;
      render();
    },
    destroy: () => frame.destroy(),
  };
}
