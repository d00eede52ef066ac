/**
 * The register part of the palette: steppers for the data and hidden qubits (buttons "Add
 * data qubit", "Remove data qubit", "Add hidden qubit", "Remove hidden qubit", with the
 * counts), the recurrence as a radio group named "Recurrence", the notice that training
 * slows above 8 qubits, and the palette's refusals and notes (the 12-qubit limit, gates
 * removed with a wire).
 */
import { useId } from 'react';
import { RECURRENCES, type Recurrence } from '../../model/types';
import { useLab } from '../../store';
import { selectModel } from '../../store/selectors';
import { applyToCurrent } from './commitEdit';
import { setQubits, setRecurrence } from './edits';
import { useEditor } from './editorStore';
import { slowRegisterNotice } from './limits';

type Register = 'data' | 'hidden';

function resize(register: Register, delta: number): void {
  applyToCurrent((e) => {
    const { dataQubits, hiddenQubits } = e.model;
    return register === 'data' ? setQubits(e, dataQubits + delta, hiddenQubits) : setQubits(e, dataQubits, hiddenQubits + delta);
  }, 'palette');
}

function Stepper({ register, count }: { register: Register; count: number }) {
  const label = register === 'data' ? 'Data qubits' : 'Hidden qubits';
  return (
    <div className={`stepper stepper--${register}`} role="group" aria-label={label}>
      <span className="stepper-label"><span className={`swatch swatch--${register}`} aria-hidden="true" />{label}</span>
      <button type="button" className="stepper-button" aria-label={`Remove ${register} qubit`} onClick={() => resize(register, -1)}>−</button>
      <span className="stepper-count" data-testid={`${register}-qubits`}>{count}</span>
      <button type="button" className="stepper-button" aria-label={`Add ${register} qubit`} onClick={() => resize(register, 1)}>+</button>
    </div>
  );
}

const RECURRENCE_TITLES: Record<Recurrence, string> = {
  'measure-reset': 'The data register is measured and reset after every step; the hidden register carries the memory.',
  coherent: 'No measurement between steps: the whole register evolves coherently.',
};

/** The qubit steppers, the recurrence switch and the palette's messages. */
export function RegisterControls() {
  const model = useLab(selectModel);
  const notice = useEditor((s) => (s.notice?.place === 'palette' ? s.notice : null));
  const name = useId();
  if (!model) return null;
  const slow = slowRegisterNotice(model);
  return (
    <div className="register-controls">
      <Stepper register="data" count={model.dataQubits} />
      <Stepper register="hidden" count={model.hiddenQubits} />
      <div className="segmented" role="radiogroup" aria-label="Recurrence">
        {RECURRENCES.map((r) => (
          <label key={r} className="segmented-option" title={RECURRENCE_TITLES[r]}>
            <input type="radio" name={name} value={r} checked={model.recurrence === r} onChange={() => applyToCurrent((e) => setRecurrence(e, r), 'palette')} />
            <span>{r}</span>
          </label>
        ))}
      </div>
      {slow && <p className="palette-notice palette-notice--slow" data-testid="slow-notice">{slow}</p>}
      {notice && (
        <p className={`palette-notice palette-notice--${notice.tone}`} role={notice.tone === 'refusal' ? 'alert' : undefined} aria-live={notice.tone === 'refusal' ? undefined : 'polite'} data-testid="palette-notice">
          {notice.text}
        </p>
      )}
    </div>
  );
}
