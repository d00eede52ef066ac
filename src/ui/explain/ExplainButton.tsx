/**
 * The "Explain this occurrence" button of the timeline and gradient cards: opens the Explain
 * panel on {@link useExplainTarget}'s occurrence, which its description names ("RY(theta) on
 * h0, step 2", or for a QLSTM "VQC_f (forget gate), layer 0, qubit 1, α, step 2"). The panel
 * hands focus back to it when its opener is gone.
 */
import { useId } from 'react';
import { labStore, useLab } from '../../store';
import { qlstmParamNames } from '../../model/types';
import { selectModel, selectQlstm } from '../../store/selectors';
import { gateDescription } from '../../text/labels';
import { describeQlstmSlot, qlstmSlotOf } from '../../text/qlstm';
import { useExplainTarget } from './useExplainTarget';
import './launchers.css';

/** The button. */
export function ExplainButton() {
  const target = useExplainTarget();
  const model = useLab(selectModel);
  const qlstm = useLab(selectQlstm)?.model ?? null;
  const id = useId();
  const slot = target && qlstm ? qlstmSlotOf(qlstmParamNames(qlstm)[target.gate] ?? '') : null;
  const what = slot ? describeQlstmSlot(slot) : target && model ? gateDescription(model.cell[target.gate], model.dataQubits) : null;
  const which = target && what ? `${what}, step ${target.step}` : 'No occurrence to explain.';
  return (
    <>
      <button
        type="button" className="bar-button explain-button" data-explain-button="" aria-label="Explain this occurrence" aria-describedby={id} title={which}
        disabled={!target} onClick={() => target && void labStore.getState().openExplain(target)}
      >
        <svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><path d="M4 19h16M6 15l4-10 4 10M7.6 11h4.8M17 5v6m-3-3h6" /></svg>
        Explain this occurrence
      </button>
      <span id={id} className="visually-hidden">{which}</span>
    </>
  );
}
