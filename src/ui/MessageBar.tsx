/**
 * Refusals and failures, in words: a file or preset that was not loaded (the current
 * experiment is kept), the parts of an opened link that were ignored (an unknown lock or
 * panel), a simulation that failed, or a problem with the browser's storage (full,
 * blocked, work that could not be copied). Rendered as an alert so screen readers
 * announce it. The load and storage messages stay until dismissed: a storage message is
 * never cleared by a later write that happens to succeed.
 */
import { useLab } from '../store';
import { selectLoadError, selectSimulationError } from '../store/selectors';

/** Shows the current load, simulation and storage messages, if any. */
export function MessageBar() {
  const loadError = useLab(selectLoadError);
  const simulationError = useLab(selectSimulationError);
  const storageProblem = useLab((s) => s.persistenceMessage);
  const dismiss = useLab((s) => s.dismissLoadError);
  const dismissStorage = useLab((s) => s.dismissPersistenceMessage);
  const linkWarnings = useLab((s) => s.linkWarnings);
  const dismissLink = useLab((s) => s.dismissLinkWarnings);
  if (!loadError && !simulationError && !storageProblem && linkWarnings.length === 0) return null;
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
      {linkWarnings.length > 0 && (
        <p data-testid="link-warnings">
          The link was opened, but part of it was ignored: {linkWarnings.join('; ')}.{' '}
          <button type="button" className="link-button" onClick={dismissLink} aria-label="Dismiss the link's warnings">
            Dismiss
          </button>
        </p>
      )}
      {simulationError && <p>{simulationError}</p>}
      {storageProblem && (
        <p data-testid="storage-message">
          {storageProblem}{' '}
          <button type="button" className="link-button" onClick={dismissStorage} aria-label="Dismiss the storage message">
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
