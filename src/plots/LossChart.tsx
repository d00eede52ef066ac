/**
 * React adapter for the loss chart: creates the d3 chart in one effect, passes the log-scale
 * choice in another, and feeds it from a store subscription that fires when the training
 * history grows, so per-epoch data never re-renders React (zustand "transient updates").
 * The history arrays are passed as they are (appended in place), not copied.
 */
import { useEffect } from 'react';
import { labStore, type LabState } from '../store';
import { useChart } from './useChart';
import { createLossChart, type LossChartData } from './lossChart';
import { selectTrainingEpochs } from '../store/selectors';

function chartData(state: LabState): LossChartData {
  const history = state.trainingHistory;
  return { train: history.trainLoss, test: history.testLoss, epochs: selectTrainingEpochs(state) || state.experiment?.training.epochs };
}

const changed = (a: LabState, b: LabState) =>
  a.trainingHistoryLength !== b.trainingHistoryLength || a.trainingHistory !== b.trainingHistory
  || selectTrainingEpochs(a) !== selectTrainingEpochs(b) || a.experiment !== b.experiment;

/** The train and test loss per epoch of the current run; fills its parent. */
export function LossChart({ log }: { log: boolean }) {
  const { svgRef, chartRef } = useChart(createLossChart, 'loss');

  useEffect(() => {
    chartRef.current?.setLogScale(log);
  }, [chartRef, log]);

  useEffect(() => {
    chartRef.current?.update(chartData(labStore.getState()));
    return labStore.subscribe((state, previous) => {
      if (changed(state, previous)) chartRef.current?.update(chartData(state));
    });
  }, [chartRef]);

  return <svg ref={svgRef} className="chart-svg" data-testid="loss-chart" />;
}
