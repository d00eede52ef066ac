/**
 * The model-kind switch, "QRNN" or "QLSTM" (docs/spec.md §7), at the top of the left panel in
 * both layouts. Switching keeps the name, data, loss and training and replaces the model and
 * its parameters (`src/model/qlstmSwitch.ts`), as a new document: the current run ends (a
 * QRNN's run cannot go on as a QLSTM's), and Undo switches back exactly. A refusal (the
 * data's inputs do not fit, say) is shown under the switch and changes nothing.
 */
import { useId, useState } from 'react';
import { isQlstmExperiment } from '../../model/types';
import { labStore, useLab } from '../../store';
import { selectModelKind } from '../../store/selectors';
import { openAsDocument } from './commitDocument';
import { qrnnToRestore } from './lastQrnn';
import { switchedToQlstm, switchedToQrnn } from '../../model/qlstmSwitch';

const KINDS = [
  { kind: 'qrnn', label: 'QRNN', title: 'A quantum recurrent network: one cell of gates, its memory in the hidden qubits.' },
  { kind: 'qlstm', label: 'QLSTM', title: 'An LSTM whose gates are six small circuits; its memory is classical.' },
] as const;

export function ModelKindSwitch({ disabled }: { disabled?: boolean }) {
  const kind = useLab(selectModelKind);
  const running = useLab((s) => s.trainingStatus === 'running');
  const [problem, setProblem] = useState<string | null>(null);
  const name = useId();
  const errorId = useId();
  const choose = async (next: 'qrnn' | 'qlstm') => {
    const stays = `The model stays a ${kind === 'qlstm' ? 'QLSTM' : 'QRNN'}`;
    try {
      const e = labStore.getState().experiment;
      if (!e || isQlstmExperiment(e) === (next === 'qlstm')) return;
      const candidate = isQlstmExperiment(e) ? switchedToQrnn(e, await qrnnToRestore(labStore.getState())) : switchedToQlstm(e);
      const reason = openAsDocument(candidate, 'The model switch');
      setProblem(reason === null ? null : `${stays}: ${reason}`);
    } catch (error) {
      setProblem(`${stays}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (kind === null) return null;
  return (
    <>
      <div className="segmented" role="radiogroup" aria-label="Model kind" aria-describedby={problem ? errorId : undefined}>
        {KINDS.map((k) => (
          <label key={k.kind} className="segmented-option" title={k.title}>
            <input type="radio" name={name} value={k.kind} checked={kind === k.kind} disabled={disabled || running} onChange={() => void choose(k.kind)} />
            <span>{k.label}</span>
          </label>
        ))}
      </div>
      {running && <p className="note">Pause the run to switch the model.</p>}
      {problem && <p id={errorId} className="palette-notice palette-notice--refusal" role="alert">{problem}</p>}
    </>
  );
}
