/**
 * The run's live counters: epoch of epochs (with a progress bar), train and test loss of the
 * latest epoch, the circuit executions and shots spent so far (what the gradient estimates
 * would cost on hardware), and the worker's speed. Each value is its own narrow selector, so
 * a report re-renders only the numbers that changed.
 */
import { useLab } from '../store';
import {
  selectCircuitExecutions, selectEpochsPerSecond, selectShots, selectTestLoss, selectTrainingEpoch, selectTrainingEpochs,
  selectTrainingSpec, selectTrainLoss,
} from '../store/selectors';
import { formatCount, formatFixed, formatNumber } from '../text/format';

/** The counters of the current (or last) run. */
export function TrainingCounters() {
  const epoch = useLab(selectTrainingEpoch);
  const epochs = useLab(selectTrainingEpochs);
  const trainLoss = useLab(selectTrainLoss);
  const testLoss = useLab(selectTestLoss);
  const executions = useLab(selectCircuitExecutions);
  const shots = useLab(selectShots);
  const exact = useLab((s) => selectTrainingSpec(s)?.gradient.shots === null);
  const threads = useLab((s) => s.trainingReport?.threads ?? 1);
  const speed = useLab((s) => {
    const v = selectEpochsPerSecond(s);
    return v === null ? null : Math.round(v * 10) / 10;
  });
  return (
    <>
      <progress className="run-progress" value={epoch} max={Math.max(epochs, 1)} aria-label="Epochs done" />
      <dl className="facts counters">
        <div className="facts-key">
          <dt>Epoch</dt>
          <dd><span data-testid="training-epoch">{epoch}</span><span className="of"> / {epochs}</span></dd>
        </div>
        <div className="facts-key"><dt>Train loss</dt><dd data-testid="train-loss">{formatNumber(trainLoss, 4)}</dd></div>
        <div><dt>Test loss</dt><dd data-testid="test-loss">{formatNumber(testLoss, 4)}</dd></div>
        <div><dt>Circuit executions</dt><dd data-testid="circuit-executions">{formatCount(executions)}</dd></div>
        <div>
          <dt>Shots</dt>
          <dd data-testid="shots">{formatCount(shots)}{exact && <span className="unit"> (exact)</span>}</dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd data-testid="epochs-per-second">
            {speed === null ? '—' : `${formatFixed(speed, 1)} epochs/s`}
            {speed !== null && threads > 1 && <span className="unit threads" data-testid="training-threads">on {threads} threads</span>}
          </dd>
        </div>
      </dl>
    </>
  );
}
