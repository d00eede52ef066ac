/**
 * React adapter for the study chart: creates it in one effect and feeds it from a store
 * subscription to the runs and the view settings (the slice files runs in batches, so this
 * redraws a few times a second while a study runs, never per epoch), destroys it on unmount.
 */
import { useEffect, useId, useRef } from 'react';
import { labStore, type LabState } from '../store';
import { createStudyChart, type StudyChartData } from './studyChart';

const dataOf = (s: LabState): StudyChartData => ({ runs: s.studyRuns, axis: s.studyAxis, split: s.studySplit, logY: s.studyLogScale, smoothing: s.studySmoothing, highlight: s.studyHighlight });

/** The loss of every run of the current study; fills its parent. */
export function StudyChart() {
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useEffect(() => {
    const chart = createStudyChart(svgRef.current as SVGSVGElement, {
      idPrefix: `study-${idPrefix}`,
      onPoint: (group) => { if (labStore.getState().studyHighlight !== group) labStore.getState().setStudyHighlight(group); },
    });
    chart.update(dataOf(labStore.getState()));
    const unsubscribe = labStore.subscribe((state, previous) => {
      if (state.studyRuns !== previous.studyRuns || state.studyAxis !== previous.studyAxis || state.studySplit !== previous.studySplit || state.studyLogScale !== previous.studyLogScale || state.studySmoothing !== previous.studySmoothing || state.studyHighlight !== previous.studyHighlight) {
        chart.update(dataOf(state));
      }
    });
    return () => {
      unsubscribe();
      chart.destroy();
    };
  }, [idPrefix]);

  return <svg ref={svgRef} className="chart-svg" data-testid="study-chart" />;
}
