/**
 * React adapter for the outputs chart: creates the d3 chart in one effect, feeds it from a
 * store subscription in another, destroys it on unmount. Simulation results reach the chart
 * without re-rendering React (zustand "transient updates").
 */
import { useEffect, useId, useRef } from 'react';
import { labStore, type LabState } from '../store';
import { selectSimulation } from '../store/selectors';
import { createOutputsChart, type OutputsChart as Chart, type OutputsChartData } from './outputsChart';

function chartData(state: LabState): OutputsChartData {
  const sim = selectSimulation(state);
  if (!sim) return { outputs: [], targets: [] };
  return { outputs: sim.result.outputs, targets: sim.targets, washout: sim.washout, loss: sim.result.loss };
}

/** The outputs-against-targets chart of the latest simulation; fills its parent. */
export function OutputsChart() {
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useEffect(() => {
    const chart = createOutputsChart(svgRef.current as SVGSVGElement, { idPrefix: `outputs-${idPrefix}` });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [idPrefix]);

  useEffect(() => {
    chartRef.current?.update(chartData(labStore.getState()));
    return labStore.subscribe((state, previous) => {
      if (selectSimulation(state) !== selectSimulation(previous)) chartRef.current?.update(chartData(state));
    });
  }, []);

  return <svg ref={svgRef} className="chart-svg" />;
}
