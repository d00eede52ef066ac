/**
 * The inspector of the selected gate: its kind, its wires and its angle, and a "Delete gate"
 * button. Every change is an edit of `src/ui/editor/edits.ts`, checked by the parser on the
 * would-be experiment when committed; a refused change shows the parser's message beside the
 * field it names and changes nothing. The angle's draft starts again from the committed
 * angle whenever that changes (a commit, an undo), and the form is rebuilt for another
 * selection; focus stays in the field that was committed.
 */
import { useState } from 'react';
import type { GateName } from '../../model/gateKinds';
import type { Experiment } from '../../model/types';
import { useLab } from '../../store';
import { selectCellLocked } from '../../store/classroomSlice';
import { selectQrnn } from '../../store/selectors';
import { inspectorHint } from '../../text/hints';
import { commitEdit } from '../editor/commitEdit';
import { deleteGateAt } from '../editor/editorActions';
import { setAngle, setGateKind, setWires, type EditResult } from '../editor/edits';
import { focusCanvas } from '../editor/dropSurface';
import { useEditor } from '../editor/editorStore';
import { layoutCell } from '../editor/layout';
import { gateKicker } from '../editor/slots';
import { gateDescription } from '../../text/labels';
import { freshParamName } from '../editor/params';
import { AngleFields } from './AngleFields';
import { angleOf, draftOf, fixedValueOf, readAngleNumber, type AngleDraft } from './angleDraft';
import { fieldOf, type InspectorField } from './fieldOf';
import { GateFields } from './GateFields';
import type { ValueEdit } from './ParamValueField';
import './inspector.css';

/** The first number field of `draft` whose text is not a number, if any. */
function notANumber(draft: AngleDraft): { field: InspectorField; text: string } | null {
  const fields = draft.mode === 'fixed' ? (['value'] as const) : (['factor', 'offset'] as const);
  for (const field of fields) {
    const text = draft[field].trim();
    if (text !== '' && Number.isNaN(readAngleNumber(text))) return { field, text };
  }
  return null;
}

function GateForm({ experiment, index }: { experiment: Experiment; index: number }) {
  const gate = experiment.model.cell[index];
  const angleText = JSON.stringify(gate.angle ?? null);
  const [draftOfText, setDraftOfText] = useState(angleText);
  const [draft, setDraft] = useState<AngleDraft | null>(() => (gate.angle === undefined ? null : draftOf(gate.angle)));
  const [errors, setErrors] = useState<Partial<Record<InspectorField, string>>>({});
  if (draftOfText !== angleText) {
    setDraftOfText(angleText);
    setDraft(gate.angle === undefined ? null : draftOf(gate.angle));
  }

  const commit = (field: InspectorField, result: EditResult) => {
    const refusal = commitEdit(result);
    setErrors(refusal ? { [fieldOf(refusal.path, field)]: refusal.message } : {});
  };
  const commitAngle = (field: InspectorField, next: AngleDraft) => {
    setDraft(next);
    // Text that is no number is named as typed (the file would only show it as null).
    const typed = notANumber(next);
    if (typed) return setErrors({ [typed.field]: `“${typed.text}” is not a number: write a number such as 0.5, or a multiple of π such as pi/2.` });
    commit(field, setAngle(experiment, index, angleOf(next)));
  };
  const commitValue = (field: 'paramValue' | 'biasValue', next: ValueEdit) => {
    if (!next.ok) return setErrors({ [field]: `“${next.text}” is not a number: write a number such as 0.5, or a multiple of π such as pi/2.` });
    commit(field, { ok: true, experiment: next.experiment, focus: index });
  };
  const switchMode = (mode: AngleDraft['mode']) => {
    if (!gate.angle || !draft || mode === draft.mode) return;
    const angle = mode === 'fixed' ? fixedValueOf(gate.angle, experiment.params) : { param: freshParamName(experiment.params) };
    commit('mode', setAngle(experiment, index, angle));
  };

  return (
    <div className="inspector-fields">
      <GateFields
        model={experiment.model}
        gate={gate}
        errors={errors}
        onKind={(kind: GateName) => commit('kind', setGateKind(experiment, index, kind))}
        onWires={(wires) => commit('wires', setWires(experiment, index, wires))}
      />
      {draft && <AngleFields experiment={experiment} index={index} draft={draft} errors={errors} onDraft={setDraft} onCommit={commitAngle} onMode={switchMode} onValue={commitValue} />}
      {errors.mode && <p className="field-error" role="alert">{errors.mode}</p>}
    </div>
  );
}

/** The selected gate's inspector, or a hint when nothing is selected. */
export function Inspector() {
  const experiment = useLab(selectQrnn);
  const selected = useEditor((s) => s.selected);
  const locked = useLab(selectCellLocked);
  const gate = selected === null ? undefined : experiment?.model.cell[selected];
  if (!experiment || selected === null || !gate) {
    return <p className="inspector-hint">{inspectorHint(locked)}</p>;
  }
  return (
    <section className="inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <header className="inspector-header">
        <h3 id="inspector-heading">
          <span className="inspector-kicker">{gateKicker(selected, layoutCell(experiment.model.cell).gates[selected]?.column ?? 0)}</span> {gateDescription(gate, experiment.model.dataQubits)}
        </h3>
        <button
          type="button"
          className="text-button text-button--danger"
          aria-label="Delete gate"
          onClick={() => {
            deleteGateAt(selected);
            focusCanvas();
          }}
        >
          Delete
        </button>
      </header>
      <GateForm key={selected} experiment={experiment} index={selected} />
    </section>
  );
}
