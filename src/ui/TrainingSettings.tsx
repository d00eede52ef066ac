/**
 * The training settings of the current experiment, read-only: gradient method, shots per
 * expectation, optimizer, learning rate, batch size and seed (SPEC 2, `training`).
 */
import { useLab } from '../store';
import { selectTrainingSpec } from '../store/selectors';

const OPTIMIZER_NAMES: Record<string, string> = { sgd: 'SGD', adam: 'Adam', spsa: 'SPSA', ridge: 'ridge (closed form)' };

/** Lists the experiment's training block. */
export function TrainingSettings() {
  const spec = useLab(selectTrainingSpec);
  if (!spec) return null;
  return (
    <dl className="facts">
      <div><dt>Gradient</dt><dd data-testid="gradient-method">{spec.gradient.method}</dd></div>
      <div><dt>Shots per expectation</dt><dd>{spec.gradient.shots === null ? 'exact' : spec.gradient.shots.toLocaleString('en-US')}</dd></div>
      <div><dt>Optimizer</dt><dd data-testid="optimizer">{OPTIMIZER_NAMES[spec.optimizer.kind] ?? spec.optimizer.kind}</dd></div>
      <div><dt>Learning rate</dt><dd data-testid="learning-rate">{spec.optimizer.learningRate}</dd></div>
      <div><dt>Batch size</dt><dd>{spec.batchSize}</dd></div>
      <div><dt>Seed</dt><dd>{spec.seed}</dd></div>
    </dl>
  );
}
