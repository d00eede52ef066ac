/**
 * The "Training" panel in two parts, so the layout can keep the run in sight while the
 * settings scroll: `TrainingRun` (the buttons and status, the run's message: divergence, a
 * refused file, a crashed worker; the live counters) and `TrainingSettingsSection` (the
 * settings the run uses). The numerics run in the worker; these only read the store.
 */
import { useLab } from '../store';
import { selectTrainingComputedIn, selectTrainingMessage } from '../store/selectors';
import { TrainingControls } from './TrainingControls';
import { TrainingCounters } from './TrainingCounters';
import { TrainingSettings } from './TrainingSettings';

/** Controls, message and counters of the training run. */
export function TrainingRun() {
  const message = useLab(selectTrainingMessage);
  const realm = useLab(selectTrainingComputedIn);
  return (
    <section className="panel-section run-section" aria-labelledby="training-run-heading" data-computed-by={realm ?? undefined}>
      <h3 id="training-run-heading" className="visually-hidden">Run</h3>
      <TrainingControls />
      {message && (
        <p className="run-message" role="alert" data-testid="training-message">
          {message}
        </p>
      )}
      <TrainingCounters />
    </section>
  );
}

/** The settings of the training run. */
export function TrainingSettingsSection() {
  return (
    <section className="panel-section" aria-labelledby="training-settings-heading" data-panel="training">
      <h2 id="training-settings-heading">Training settings</h2>
      <TrainingSettings />
    </section>
  );
}
