/**
 * The parameter picker: a select (accessible name "Parameter") over the experiment's
 * parameters, circuit parameters first (angle biases among them, docs/spec.md §5.1), then
 * the head's. Choosing one lights its
 * occurrences on the timeline and feeds the gradient bars.
 */
import { useMemo } from 'react';
import { labStore, useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import { selectModel, selectParams, selectQlstm } from '../../store/selectors';
import { QLSTM_CIRCUITS, qlstmParamNames } from '../../model/types';
import { circuitLabel, qlstmSlotOf } from '../../text/qlstm';
import { angleNames } from '../editor/params';

/** The select; empty until an experiment is loaded. */
export function ParamPicker() {
  const params = useLab(selectParams);
  const model = useLab(selectModel);
  const qlstm = useLab(selectQlstm)?.model ?? null;
  const chosen = useLab(selectChosenParam);
  // A QRNN's circuit parameters in one group; a QLSTM's in one group per circuit (docs/spec.md §7).
  const names = useMemo(() => {
    const inCircuits = qlstm ? qlstmParamNames(qlstm) : [...new Set((model?.cell ?? []).flatMap((g) => angleNames(g.angle)))];
    const groups = qlstm
      ? QLSTM_CIRCUITS.map((k) => ({ label: circuitLabel(k), names: inCircuits.filter((n) => qlstmSlotOf(n)?.circuit === k) }))
      : [{ label: 'In the cell', names: inCircuits }];
    const rest = Object.keys(params ?? {}).filter((n) => !inCircuits.includes(n));
    return { groups: groups.filter((g) => g.names.length > 0), rest };
  }, [params, model, qlstm]);
  return (
    <label className="tl-picker">
      <span>Parameter</span>
      <select aria-label="Parameter" value={chosen ?? ''} onChange={(e) => labStore.getState().chooseParam(e.target.value)} disabled={!params}>
        {names.groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.names.map((n) => <option key={n} value={n}>{n}</option>)}
          </optgroup>
        ))}
        {names.rest.length > 0 && (
          <optgroup label="Head and unused">
            {names.rest.map((n) => <option key={n} value={n}>{n}</option>)}
          </optgroup>
        )}
      </select>
    </label>
  );
}
