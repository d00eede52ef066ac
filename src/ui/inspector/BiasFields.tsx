/**
 * The angle's bias (docs/spec.md §5.1): a parameter added to the angle, `... + theta[bias]`.
 * "Adds a bias" creates one with a fresh name (`b_1`, `b_2`, ...) at 0, so the model computes
 * what it did until training moves it, and removes it again; the name field picks an existing
 * parameter (shared, like a gate's parameter) or types a new one, and clearing it removes the
 * bias. With neither a parameter nor the input the angle is `offset + theta[bias]`.
 */
import { useId } from 'react';
import type { Experiment } from '../../model/types';
import { formatNumber } from '../../text/format';
import { NEW_ADDED_VALUE, angleBias, gateUses } from '../editor/params';
import type { AngleDraft } from './angleDraft';
import { DraftInput, Field } from './Field';

interface BiasFieldsProps {
  experiment: Experiment;
  index: number;
  draft: AngleDraft;
  error: string | null;
  onDraft(draft: AngleDraft): void;
  /** Commits `draft` as an edit of the bias. */
  onCommit(draft: AngleDraft): void;
}

/** The first of `b_1`, `b_2`, ... that no parameter holds. */
export function freshBiasName(params: Readonly<Record<string, number>>): string {
  for (let i = 1; ; i++) if (!Object.hasOwn(params, `b_${i}`)) return `b_${i}`;
}

/** What the drafted bias name means: a new parameter, or one shared with other gates. */
function biasNote(experiment: Experiment, index: number, name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return 'An empty name removes the bias.';
  if (!Object.hasOwn(experiment.params, trimmed)) return `Bias ${trimmed}: a new parameter; it starts at ${NEW_ADDED_VALUE}.`;
  const bound = angleBias(experiment.model.cell[index]?.angle) === trimmed ? 1 : 0;
  const others = (gateUses(experiment.model.cell).get(trimmed) ?? 0) - bound;
  const value = `${trimmed} = ${formatNumber(experiment.params[trimmed])}`;
  return others > 0 ? `Bias shared with ${others} other gate${others === 1 ? '' : 's'} · ${value}` : `Bias used by this gate only · ${value}`;
}

/** The toggle, the name and the note. */
export function BiasFields({ experiment, index, draft, error, onDraft, onCommit }: BiasFieldsProps) {
  const id = useId();
  // The committed angle decides whether the name field shows, so clearing it while typing keeps it in place.
  const has = angleBias(experiment.model.cell[index]?.angle) !== undefined;
  return (
    <>
      <div className={`field field--check${error && !has ? ' field--invalid' : ''}`}>
        <label>
          <input type="checkbox" checked={has} onChange={(event) => onCommit({ ...draft, bias: event.target.checked ? freshBiasName(experiment.params) : '' })} />
          Adds a bias
        </label>
        {error && !has && <p className="field-error" role="alert">{error}</p>}
      </div>
      {has && (
        <>
          <Field label="Bias" error={error} className="field--param">
            <DraftInput
              value={draft.bias} onChange={(bias: string) => onDraft({ ...draft, bias })} onCommit={() => onCommit(draft)}
              list={`${id}-bias`} title="The parameter added to the angle: an existing name shares it, a new name creates it at 0, an empty field removes the bias"
            />
          </Field>
          <datalist id={`${id}-bias`}>{Object.keys(experiment.params).map((p) => <option key={p} value={p} />)}</datalist>
          <p className="field-note" data-testid="bias-note">{biasNote(experiment, index, draft.bias)}</p>
        </>
      )}
    </>
  );
}
