/**
 * A QLSTM's sizes (docs/spec.md §7): input qubits `i` (the data's inputs per step), hidden
 * qubits `h` and layers `L`, each a stepper, and what they make: `n = i + h` qubits per
 * circuit, six circuits, `18 L n` angles. A size the parser refuses (an input size the data
 * does not have) is said under the steppers, naming the field; the model stays as it was.
 */
import { useState } from 'react';
import { LIMITS, MAX_QLSTM_QUBITS } from '../../model/types';
import { useLab } from '../../store';
import { selectQlstm } from '../../store/selectors';
import { plural } from '../../text/plural';
import { commitDocument } from './commitDocument';
import { withQlstm, type QlstmSizes } from '../../model/qlstmSwitch';

// The parser's bounds (docs/spec.md §2 limits); `inputSize + hiddenSize` is bounded too, and it says so.
const SIZES = [
  { key: 'inputSize', label: 'Input qubits', min: 1, max: MAX_QLSTM_QUBITS - 1 },
  { key: 'hiddenSize', label: 'Hidden qubits', min: 1, max: MAX_QLSTM_QUBITS - 1 },
  { key: 'layers', label: 'Layers', min: 1, max: LIMITS.qlstmLayers },
] as const;

export function QlstmSizeControls({ disabled }: { disabled?: boolean }) {
  const experiment = useLab(selectQlstm);
  const running = useLab((s) => s.trainingStatus === 'running');
  const [problem, setProblem] = useState<{ text: string; of: string | null } | null>(null);
  const current = useLab((s) => s.experimentText);
  if (!experiment) return null;
  // A refusal is said while the experiment is the one it left; any other change (a preset, an undo) drops it.
  const shown = problem && problem.of === current ? problem.text : null;
  const { model } = experiment;
  const sizes: QlstmSizes = { inputSize: model.inputSize, hiddenSize: model.hiddenSize, layers: model.layers };
  const n = sizes.inputSize + sizes.hiddenSize;
  const off = disabled || running;
  const resize = (key: keyof QlstmSizes, delta: number) => {
    const reason = commitDocument(() => withQlstm(experiment, { ...sizes, [key]: sizes[key] + delta }));
    setProblem(typeof reason === 'string' ? { text: `${SIZES.find((s) => s.key === key)?.label ?? key} stays ${sizes[key]}: ${reason}`, of: current } : null);
  };
  return (
    <div className="register-controls">
      {SIZES.map(({ key, label, min, max }) => (
        <div key={key} className="stepper" role="group" aria-label={label}>
          <span className="stepper-label">{label}</span>
          <button type="button" className="stepper-button" aria-label={`Fewer ${label.toLowerCase()}`} disabled={off || sizes[key] <= min} onClick={() => resize(key, -1)}>−</button>
          <span className="stepper-count" data-testid={`qlstm-${key}`}>{sizes[key]}</span>
          <button type="button" className="stepper-button" aria-label={`More ${label.toLowerCase()}`} disabled={off || sizes[key] >= max || (key !== 'layers' && n >= MAX_QLSTM_QUBITS)} onClick={() => resize(key, 1)}>+</button>
        </div>
      ))}
      <p className="note" data-testid="qlstm-sizes">
        {plural(n, 'qubit')} per circuit, six circuits, {plural(18 * model.layers * n, 'angle')} in all (18 × {model.layers} × {n}).
      </p>
      {n >= MAX_QLSTM_QUBITS && <p className="note">At most {MAX_QLSTM_QUBITS} qubits per circuit (input + hidden): each circuit is simulated as a state of 2^n amplitudes.</p>}
      {running && <p className="note">Pause the run to change the sizes.</p>}
      {shown && <p className="palette-notice palette-notice--refusal" role="alert" data-testid="qlstm-size-problem">{shown}</p>}
    </div>
  );
}
