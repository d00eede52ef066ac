/**
 * React adapter for the memory chart: creates it, feeds it the analysis' memory profile from
 * a store subscription, destroys it on unmount.
 */
import { useEffect, useId, useRef } from 'react';
import { labStore } from '../store';
import { createMemoryChart } from './memoryChart';

/** Mean |contribution| and sensitivity against distance, log scale; fills its parent. */
export function MemoryChart() {
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useEffect(() => {
    const chart = createMemoryChart(svgRef.current as SVGSVGElement, `memory-${idPrefix}`);
    chart.update(labStore.getState().analysis?.memory ?? null);
    const unsubscribe = labStore.subscribe((state, previous) => {
      if (state.analysis !== previous.analysis) chart.update(state.analysis?.memory ?? null);
    });
    return () => {
      unsubscribe();
      chart.destroy();
    };
  }, [idPrefix]);

  return <svg ref={svgRef} className="chart-svg" data-testid="memory-chart" />;
}
