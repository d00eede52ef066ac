/**
 * React adapter for the outputs chart: creates the d3 chart in one effect, feeds it from a
 * store subscription in another, destroys it on unmount. While a training run has reported,
 * the chart shows that run's outputs on its chosen sequence after the latest epoch;
 * otherwise the latest simulation of the experiment's own parameters, continued by the
 * analysis' free-running forecast when the task has one. Several outputs are named by their
 * targets when the data name them (`ŷ (y)`, `ŷ (z)` for Lorenz targets y and z). Either way
 * the data reaches the chart without re-rendering React (zustand "transient updates").
 */
import { useEffect } from 'react';
import { labStore, type LabState } from '../store';
import { useChart } from './useChart';
import { selectSimulation, selectTrainingOutputs } from '../store/selectors';
import { createOutputsChart, type OutputsChartData } from './outputsChart';
import { outputLegendNames } from '../text/outputNames';

/** The analysis' forecast when it was made at the paused run's parameters, on the sequence shown. */
function liveForecast(state: LabState, index: number): number[] | undefined {
  const { analysis, trainingReport: report, trainingStatus } = state;
  if (!analysis?.forecast || !report || trainingStatus === 'running' || analysis.sequence !== index) return undefined;
  const same = Object.entries(report.params).every(([name, value]) => analysis.params[name] === value);
  return same ? Array.from(analysis.forecast) : undefined;
}

/** A flat `[t * m + j]` array as rows of `m`. */
function rowsOf(flat: Float64Array, m: number): number[][] {
  return Array.from({ length: Math.floor(flat.length / m) }, (_, t) => Array.from(flat.subarray(t * m, t * m + m)));
}

function chartData(state: LabState): OutputsChartData {
  const data = unnamed(state);
  const m = data.outputs[0]?.length ?? 0;
  const names = state.experiment && m > 1 ? outputLegendNames(state.experiment.data, m) : undefined;
  return names ? { ...data, names } : data;
}

function unnamed(state: LabState): OutputsChartData {
  const live = selectTrainingOutputs(state);
  if (live) {
    const outputs = rowsOf(live.outputs, live.outputCount);
    const targets = rowsOf(live.targets, live.outputCount).map((row) => (row.some(Number.isNaN) ? null : row));
    return { outputs, targets, washout: live.washout, forecast: liveForecast(state, live.index) };
  }
  const sim = selectSimulation(state);
  if (!sim) return { outputs: [], targets: [] };
  const analysis = state.analysis;
  const forecast = analysis?.forecast && analysis.sequence === 0 && analysis.steps === sim.result.outputs.length ? Array.from(analysis.forecast) : undefined;
  return { outputs: sim.result.outputs, targets: sim.targets, washout: sim.washout, loss: sim.result.loss, forecast };
}

/** The outputs-against-targets chart of the latest simulation; fills its parent. */
export function OutputsChart() {
  const { svgRef, chartRef } = useChart(createOutputsChart, 'outputs');

  useEffect(() => {
    chartRef.current?.update(chartData(labStore.getState()));
    return labStore.subscribe((state, previous) => {
      const changed = selectTrainingOutputs(state) !== selectTrainingOutputs(previous) || selectSimulation(state) !== selectSimulation(previous)
        || state.analysis !== previous.analysis || state.experiment?.data !== previous.experiment?.data;
      if (changed) chartRef.current?.update(chartData(state));
    });
  }, [chartRef]);

  return <svg ref={svgRef} className="chart-svg" />;
}
