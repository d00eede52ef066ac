/**
 * A small live status in the top bar: whether the current experiment is being simulated (with
 * its progress: "Simulating 12 qubits… step 3 of 12"), done (and where it was computed),
 * failed or cancelled, and what happened to the worker (a restart, a cancellation). Beside it,
 * the analysis's progress while it runs, and a Cancel button for a simulation or analysis that
 * has run for more than a second. Announced politely to screen readers.
 */
import { useEffect, useState } from 'react';
import { plural } from '../text/plural';
import { useLab } from '../store';
import { selectSimulation, selectSimulationStatus } from '../store/selectors';
import type { WorkerProgress } from '../worker/protocol';

const TEXT = { idle: 'Waiting for an experiment', running: 'Simulating…', done: 'Simulated', error: 'Simulation failed', cancelled: 'Simulation cancelled' } as const;

/** How long a computation runs before Cancel is offered, in ms. */
const CANCEL_AFTER_MS = 1000;

function runningText(p: WorkerProgress | null): string {
  if (!p) return TEXT.running;
  return `Simulating ${plural(p.qubits, 'qubit')}… ${p.unit} ${Math.min(p.done + 1, p.total)} of ${p.total}`;
}

function analysisText(p: WorkerProgress | null): string {
  if (!p) return 'Computing contributions…';
  return `Analysing ${plural(p.qubits, 'qubit')}… ${p.unit} (${Math.min(p.done + 1, p.total)} of ${p.total})`;
}

/** `true` once `active` has stayed true for `ms`. */
function useLongRunning(active: boolean, ms: number): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setLong(true), ms);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [active, ms]);
  return active && long;
}

/** Shows the simulation status. */
export function SimulationStatus() {
  const status = useLab(selectSimulationStatus);
  const realm = useLab((s) => selectSimulation(s)?.computedIn ?? null);
  const progress = useLab((s) => s.simulationProgress);
  const note = useLab((s) => s.simulationNote);
  const analysing = useLab((s) => s.analysisStatus === 'running');
  const analysisProgress = useLab((s) => s.analysisProgress);
  const cancel = useLab((s) => s.cancelComputation);
  const where = status === 'done' && realm === 'worker' ? ' in the worker' : '';
  const running = status === 'running' || analysing;
  const offerCancel = useLongRunning(running, CANCEL_AFTER_MS);
  const statusLine = `${status === 'running' ? runningText(progress) : TEXT[status]}${where}${note ? ` ${note}` : ''}`;
  return (
    <div className="status-group">
      <p className={`status status--${status}`} role="status" aria-live="polite" title={statusLine}>
        <span className="status-dot" aria-hidden="true" />
        <span className="status-text">
          {status === 'running' ? runningText(progress) : TEXT[status]}
          {where}
        </span>
        {note && <span className="status-note"> {note}</span>}
      </p>
      {status !== 'running' && analysing && <span className="status-detail" aria-live="polite" title={analysisText(analysisProgress)}>{analysisText(analysisProgress)}</span>}
      {offerCancel && (
        <button type="button" className="status-cancel" aria-label="Cancel" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
