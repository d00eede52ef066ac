/**
 * The inspector's angle (docs/spec.md §1.3): a fixed number of radians, or an expression of a
 * parameter, the input `x_t[k]` through a transform, a factor and an offset. Selects and
 * toggles commit at once; text fields commit on Enter or when they lose focus. Typing the
 * name of an existing parameter shares it (the note under the field counts the other gates
 * that use it); a new name creates the parameter at 0.1 when committed. The bias of
 * docs/spec.md §5.1 is `BiasFields`; the committed parameter and bias each show their value,
 * editable (`ParamValueField`).
 */
import { useId } from 'react';
import { TRANSFORMS, type Experiment } from '../../model/types';
import { NEW_PARAM_VALUE, angleBias, angleParam, gateUses } from '../editor/params';
import { formatNumber } from '../../text/format';
import type { AngleDraft } from './angleDraft';
import { BiasFields } from './BiasFields';
import { DraftInput, Field } from './Field';
import type { InspectorField } from './fieldOf';
import { ParamValueField, type ValueEdit } from './ParamValueField';

interface AngleFieldsProps {
  experiment: Experiment;
  index: number;
  draft: AngleDraft;
  errors: Partial<Record<InspectorField, string>>;
  /** Updates the draft without committing. */
  onDraft(draft: AngleDraft): void;
  /** Commits `draft` as an edit made through `field`. */
  onCommit(field: InspectorField, draft: AngleDraft): void;
  /** Switches between a fixed angle and an expression (committed at once). */
  onMode(mode: AngleDraft['mode']): void;
  /** Commits a parameter's new value (or reports text that is not a number) made through `field`. */
  onValue(field: 'paramValue' | 'biasValue', next: ValueEdit): void;
}

/** What binding the drafted name means. */
function bindingNote(experiment: Experiment, index: number, draft: AngleDraft): string {
  const trimmed = draft.param.trim();
  if (trimmed === '' && !draft.input) return 'No parameter and no input: the angle is its offset plus its bias.';
  if (trimmed === '') return draft.bias.trim() === '' ? 'No parameter: the angle is the input alone.' : 'No parameter: the angle is the input plus the bias.';
  if (!Object.hasOwn(experiment.params, trimmed)) return `New parameter: it starts at ${NEW_PARAM_VALUE}.`;
  const bound = angleParam(experiment.model.cell[index]?.angle) === trimmed ? 1 : 0;
  const others = (gateUses(experiment.model.cell).get(trimmed) ?? 0) - bound;
  const value = `${trimmed} = ${formatNumber(experiment.params[trimmed])}`;
  return others > 0 ? `Shared with ${others} other gate${others === 1 ? '' : 's'} · ${value}` : `Used by this gate only · ${value}`;
}

/** The angle fields. */
export function AngleFields({ experiment, index, draft, errors, onDraft, onCommit, onMode, onValue }: AngleFieldsProps) {
  const id = useId();
  const angle = experiment.model.cell[index]?.angle;
  const valueOf = (field: 'paramValue' | 'biasValue', name: string | undefined) => name !== undefined && Object.hasOwn(experiment.params, name) && (
    <ParamValueField experiment={experiment} name={name} label={`Value of ${name}`} error={errors[field] ?? null} onCommit={(next) => onValue(field, next)} />
  );
  const text = (field: 'value' | 'param' | 'index' | 'factor' | 'offset', commitAs: InspectorField, extra: Record<string, unknown> = {}) => (
    <DraftInput value={draft[field]} onChange={(v: string) => onDraft({ ...draft, [field]: v })} onCommit={() => onCommit(commitAs, draft)} {...extra} />
  );
  return (
    <>
      <div className="field field--mode" role="radiogroup" aria-label="Angle">
        <span className="field-label" aria-hidden="true">Angle</span>
        <div className="segmented segmented--small">
          {(['fixed', 'expression'] as const).map((mode) => (
            <label key={mode} className="segmented-option">
              <input type="radio" name={`${id}-mode`} checked={draft.mode === mode} onChange={() => onMode(mode)} />
              <span>{mode === 'fixed' ? 'Fixed' : 'Expression'}</span>
            </label>
          ))}
        </div>
      </div>
      {draft.mode === 'fixed' ? (
        <Field label="Radians" error={errors.value ?? null}>{text('value', 'value', { inputMode: 'decimal', title: 'A number of radians, or a multiple of pi such as pi/2 or -3pi/4' })}</Field>
      ) : (
        <>
          <Field label="Parameter" error={errors.param ?? null} className="field--param">
            {text('param', 'param', { list: `${id}-params`, title: 'An existing name shares that parameter; a new name creates it' })}
          </Field>
          <datalist id={`${id}-params`}>{Object.keys(experiment.params).map((p) => <option key={p} value={p} />)}</datalist>
          {valueOf('paramValue', angleParam(angle))}
          <p className="field-note" data-testid="binding-note">{bindingNote(experiment, index, draft)}</p>
          <div className={`field field--check${errors.input ? ' field--invalid' : ''}`}>
            <label>
              <input type="checkbox" checked={draft.input} onChange={(event) => onCommit('input', { ...draft, input: event.target.checked })} />
              Reads the input xₜ
            </label>
            {errors.input && <p className="field-error" role="alert">{errors.input}</p>}
          </div>
          {draft.input && (
            <>
              <Field label="Component" error={null} className="field--number">{text('index', 'input', { inputMode: 'numeric' })}</Field>
              <Field label="Transform" error={errors.transform ?? null}>
                <select value={draft.transform} onChange={(event) => onCommit('transform', { ...draft, transform: event.target.value as AngleDraft['transform'] })}>
                  {TRANSFORMS.map((t) => <option key={t} value={t}>{t === 'linear' ? 'linear (x)' : `${t} x`}</option>)}
                </select>
              </Field>
            </>
          )}
          <Field label="Factor" error={errors.factor ?? null} className="field--number">{text('factor', 'factor', { inputMode: 'decimal' })}</Field>
          <Field label="Offset" error={errors.offset ?? null} className="field--number">{text('offset', 'offset', { inputMode: 'decimal' })}</Field>
          <BiasFields experiment={experiment} index={index} draft={draft} error={errors.bias ?? null} onDraft={onDraft} onCommit={(next) => onCommit('bias', next)} />
          {valueOf('biasValue', angleBias(angle))}
        </>
      )}
    </>
  );
}
