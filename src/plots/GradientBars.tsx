/**
 * React adapter for the gradient bars: creates the chart in one effect, feeds it from a store
 * subscription in another (no React re-render per report), destroys it on unmount. Hovering
 * a bar focuses its occurrence in the view slice, so the timeline reads it out; clicking
 * one opens the Explain panel on it.
 */
import { useEffect, useId, useRef } from 'react';
import { labStore } from '../store';
import { createGradientBarsChart, type GradientBarsChart } from './gradientBars';
import { gradientBarsChanged, gradientBarsData } from './gradientBarsData';

/** The chosen parameter's contributions, stacked; fills its parent. */
export function GradientBars() {
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<GradientBarsChart | null>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useEffect(() => {
    const chart = createGradientBarsChart(svgRef.current as SVGSVGElement, {
      idPrefix: `bars-${idPrefix}`,
      onFocus: (occurrence) => labStore.getState().focusOccurrence(occurrence),
      onActivate: (occurrence) => void labStore.getState().openExplain(occurrence),
    });
    chartRef.current = chart;
    chart.update(gradientBarsData(labStore.getState()));
    const unsubscribe = labStore.subscribe((state, previous) => {
      if (gradientBarsChanged(state, previous)) chart.update(gradientBarsData(state));
    });
    return () => {
      unsubscribe();
      chart.destroy();
      chartRef.current = null;
    };
  }, [idPrefix]);

  return <svg ref={svgRef} className="chart-svg" data-testid="gradient-bars" />;
}
