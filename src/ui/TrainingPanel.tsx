/**
 * The right column's "Training" section: the run's buttons and status, its message
 * (divergence, a refused file, a crashed worker), the live counters and the settings the
 * run uses. The numerics run in the worker; this only reads the store.
 */
import { useLab } from '../store';
import { selectTrainingComputedIn, selectTrainingMessage } from '../store/selectors';
import { TrainingControls } from './TrainingControls';
import { TrainingCounters } from './TrainingCounters';
import { TrainingSettings } from './TrainingSettings';

/** Controls, message, counters and settings of the training run. */
export function TrainingPanel() {
  const message = useLab(selectTrainingMessage);
  const realm = useLab(selectTrainingComputedIn);
  return (
    <>
      <section className="panel-section" aria-labelledby="training-run-heading" data-computed-by={realm ?? undefined}>
        <h3 id="training-run-heading" className="visually-hidden">Run</h3>
        <TrainingControls />
        {message && (
          <p className="run-message" role="alert" data-testid="training-message">
            {message}
          </p>
        )}
        <TrainingCounters />
      </section>
      <section className="panel-section" aria-labelledby="training-settings-heading">
        <h3 id="training-settings-heading">Settings</h3>
        <TrainingSettings />
      </section>
    </>
  );
}
