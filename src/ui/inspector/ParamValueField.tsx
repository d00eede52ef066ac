/**
 * The value of one of the selected angle's parameters (its `param` or its `bias`), as a text
 * field that commits on Enter or blur: `params[name]` changes, checked by the parser like
 * every edit (a value past ±1e6 is refused under the field). The value is the experiment's
 * own, the one a run starts from; while a run is paused an edit takes effect on resume.
 */
import { useState } from 'react';
import type { Experiment } from '../../model/types';
import { readAngleNumber } from './angleDraft';
import { DraftInput, Field } from './Field';

/** A value edit: the would-be experiment, or the typed text that is not a number. */
export type ValueEdit = { ok: true; experiment: Experiment } | { ok: false; text: string };

interface ParamValueFieldProps {
  experiment: Experiment;
  name: string;
  /** The field's label, e.g. "Value of a". */
  label: string;
  error: string | null;
  /** Commits `experiment` with the new value, or reports text that is not a number. */
  onCommit(next: ValueEdit): void;
}

/** The field; the draft starts again from the committed value whenever that changes. */
export function ParamValueField({ experiment, name, label, error, onCommit }: ParamValueFieldProps) {
  const committed = String(experiment.params[name]);
  const [draft, setDraft] = useState(committed);
  const [draftOf, setDraftOf] = useState(committed);
  if (draftOf !== committed) {
    setDraftOf(committed);
    setDraft(committed);
  }
  const commit = () => {
    if (draft.trim() === committed) return;
    const value = readAngleNumber(draft);
    if (Number.isNaN(value)) return onCommit({ ok: false, text: draft.trim() });
    onCommit({ ok: true, experiment: { ...experiment, params: { ...experiment.params, [name]: value } } });
  };
  return (
    <Field label={label} error={error} className="field--number">
      <DraftInput value={draft} onChange={setDraft} onCommit={commit} inputMode="decimal" title={`The value of parameter ${name}, the one training starts from`} />
    </Field>
  );
}
