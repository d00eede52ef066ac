/**
 * The "Compare methods" button of the gradient card: opens the method comparison for the
 * chosen parameter.
 */
import { labStore, useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import '../explain/launchers.css';

/** The button. */
export function CompareButton() {
  const param = useLab(selectChosenParam);
  return (
    <button
      type="button" className="bar-button compare-button" data-compare-button="" aria-label="Compare methods" disabled={param === null}
      title={param === null ? 'Open an experiment first.' : `Estimate dL/d${param} by parameter-shift, finite differences and SPSA, with shot noise`}
      onClick={() => labStore.getState().openCompare()}
    >
      <svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><path d="M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-3" /></svg>
      Compare methods
    </button>
  );
}
