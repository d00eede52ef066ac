/**
 * A small live status in the top bar: whether the current experiment is being simulated,
 * done (and where it was computed), or failed. Announced politely to screen readers.
 */
import { useLab } from '../store';
import { selectSimulation, selectSimulationStatus } from '../store/selectors';

const TEXT = { idle: 'Waiting for an experiment', running: 'Simulating…', done: 'Simulated', error: 'Simulation failed' } as const;

/** Shows the simulation status. */
export function SimulationStatus() {
  const status = useLab(selectSimulationStatus);
  const realm = useLab((s) => selectSimulation(s)?.computedIn ?? null);
  const where = status === 'done' && realm === 'worker' ? ' in the worker' : '';
  return (
    <p className={`status status--${status}`} role="status" aria-live="polite">
      <span className="status-dot" aria-hidden="true" />
      {TEXT[status]}
      {where}
    </p>
  );
}
