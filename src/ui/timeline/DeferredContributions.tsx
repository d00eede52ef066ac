/**
 * In place of the gradient charts when the analysis left the exact contributions out because
 * they would take long at this size (worker/contributionCost.ts): says so, with the estimate,
 * and computes them on request. While they run, the top bar shows the analysis's progress and
 * its Cancel; an edit makes the request stale and defers them again.
 */
import { useLab } from '../../store';
import { aboutSeconds } from '../../text/duration';

export function DeferredContributions() {
  const deferred = useLab((s) => s.analysis?.contributionsDeferred ?? null);
  const asked = useLab((s) => s.exactContributionsFor !== null && s.exactContributionsFor === s.experimentText);
  const running = useLab((s) => s.analysisStatus === 'running');
  const compute = useLab((s) => s.computeExactContributions);
  if (!deferred) return null;
  const computing = asked && running;
  return (
    <div className="deferred-contributions" data-testid="deferred-contributions">
      <p>
        Exact contributions not computed yet for {deferred.qubits} qubits: they would take {aboutSeconds(deferred.estimateSeconds)} here,
        so the lab leaves them, and the free-running forecast, until you ask. The outputs and the Bloch vectors are exact.
      </p>
      <button type="button" className="bar-button" disabled={computing} onClick={compute}>
        {computing ? `Computing exact contributions (${aboutSeconds(deferred.estimateSeconds)})…` : `Compute exact contributions (${aboutSeconds(deferred.estimateSeconds)})`}
      </button>
      {computing && <p className="deferred-contributions-hint">The top bar shows the progress; Cancel there stops it.</p>}
    </div>
  );
}
