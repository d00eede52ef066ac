/**
 * The parameter picker: a select (accessible name "Parameter") over the experiment's
 * parameters, circuit parameters first (angle biases among them, docs/spec.md §5.1), then
 * the head's. Choosing one lights its
 * occurrences on the timeline and feeds the gradient bars.
 */
import { useMemo } from 'react';
import { labStore, useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import { selectModel, selectParams } from '../../store/selectors';
import { angleNames } from '../editor/params';

/** The select; empty until an experiment is loaded. */
export function ParamPicker() {
  const params = useLab(selectParams);
  const model = useLab(selectModel);
  const chosen = useLab(selectChosenParam);
  const names = useMemo(() => {
    const circuit = [...new Set((model?.cell ?? []).flatMap((g) => angleNames(g.angle)))];
    const rest = Object.keys(params ?? {}).filter((n) => !circuit.includes(n));
    return { circuit, rest };
  }, [params, model]);
  return (
    <label className="tl-picker">
      <span>Parameter</span>
      <select aria-label="Parameter" value={chosen ?? ''} onChange={(e) => labStore.getState().chooseParam(e.target.value)} disabled={!params}>
        {names.circuit.length > 0 && (
          <optgroup label="In the cell">
            {names.circuit.map((n) => <option key={n} value={n}>{n}</option>)}
          </optgroup>
        )}
        {names.rest.length > 0 && (
          <optgroup label="Head and unused">
            {names.rest.map((n) => <option key={n} value={n}>{n}</option>)}
          </optgroup>
        )}
      </select>
    </label>
  );
}
