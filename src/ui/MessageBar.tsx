/**
 * Refusals and failures, in words: a file or preset that was not loaded (the current
 * experiment is kept), or a simulation that failed. Rendered as an alert so screen readers
 * announce it; the load message can be dismissed.
 */
import { useLab } from '../store';
import { selectLoadError, selectSimulationError } from '../store/selectors';

/** Shows the current load or simulation message, if any. */
export function MessageBar() {
  const loadError = useLab(selectLoadError);
  const simulationError = useLab(selectSimulationError);
  const dismiss = useLab((s) => s.dismissLoadError);
  if (!loadError && !simulationError) return null;
  return (
    <div className="message-bar" role="alert">
      {loadError && (
        <p>
          {loadError.message} The current experiment is unchanged.{' '}
          <button type="button" className="link-button" onClick={dismiss} aria-label="Dismiss the message">
            Dismiss
          </button>
        </p>
      )}
      {simulationError && <p>{simulationError}</p>}
    </div>
  );
}
