/**
 * React adapter for the method comparison chart: creates it in one effect, feeds it the
 * store's comparison from a subscription (no re-render per progress report), destroys it on
 * unmount.
 */
import { useEffect, useId, useRef } from 'react';
import { labStore } from '../store';
import { createComparisonChart } from './comparisonChart';

/** The latest comparison's spreads against cost; fills its parent. */
export function ComparisonChart() {
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useEffect(() => {
    const chart = createComparisonChart(svgRef.current as SVGSVGElement, { idPrefix: `comparison-${idPrefix}` });
    chart.update(labStore.getState().comparison);
    const unsubscribe = labStore.subscribe((state, previous) => {
      if (state.comparison !== previous.comparison) chart.update(state.comparison);
    });
    return () => {
      unsubscribe();
      chart.destroy();
    };
  }, [idPrefix]);

  return <svg ref={svgRef} className="chart-svg" data-testid="comparison-chart" />;
}
