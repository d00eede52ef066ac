/**
 * The readouts as a form (docs/spec.md §1.1, §5.2): each row names its features (`e₀`, or
 * `e₁–e₄` for a probabilities readout of two wires), its observable (a Pauli, or
 * "probabilities") and its wire, or for probabilities its wires as checkboxes in the order
 * they were ticked (`wires[0]`, the first ticked, is the least significant bit), with Remove;
 * under the rows, "Add Pauli readout" and "Add probabilities". Under `measure-reset` only data
 * wires are offered. Every change is one commit of `headEdits.ts`, so the heads' weights
 * follow; a refusal is said under the list and changes nothing.
 */
import { useState } from 'react';
import { featureOffsets, featuresOf, isProbabilities } from '../../model/outputs';
import { MAX_PROBABILITY_WIRES, type Model, type Readout } from '../../model/types';
import { formatReadout, subscript } from '../../text/format';
import { wireName } from '../../text/labels';
import { commitModelEdit } from './commitModel';
import { addReadout, removeReadout, replaceReadout } from './headEdits';

const OBSERVABLES = ['X', 'Y', 'Z', 'probabilities'] as const;
type Observable = (typeof OBSERVABLES)[number];

const observableText = (o: Observable) => (o === 'probabilities' ? 'probabilities' : `⟨${o}⟩`);

/** `e₀`, or `e₁–e₄` for a readout of several features. */
export function featureRange(first: number, count: number): string {
  return count === 1 ? `e${subscript(first)}` : `e${subscript(first)}–e${subscript(first + count - 1)}`;
}

/** The wires a readout may measure: the data wires under `measure-reset`, every wire under `coherent`. */
function readableWires(model: Model): number[] {
  const n = model.recurrence === 'measure-reset' ? model.dataQubits : model.dataQubits + model.hiddenQubits;
  return Array.from({ length: n }, (_, w) => w);
}

/** The readout with its observable switched, keeping its (first) wire. */
function withObservable(readout: Readout, observable: Observable): Readout {
  const wire = isProbabilities(readout) ? readout.wires[0] : readout.wire;
  return observable === 'probabilities' ? { observable, wires: [wire] } : { observable, wire };
}

interface RowProps {
  model: Model;
  index: number;
  first: number;
  disabled: boolean;
  onEdit(edit: Parameters<typeof commitModelEdit>[0]): void;
}

function ReadoutRow({ model, index, first, disabled, onEdit }: RowProps) {
  const readout = model.readout[index];
  const wires = readableWires(model);
  const name = featureRange(first, featuresOf(readout));
  const label = `Readout ${name}`;
  const replace = (next: Readout) => onEdit((e) => replaceReadout(e, index, next));
  const toggle = (wire: number, on: boolean) => {
    if (!isProbabilities(readout)) return;
    replace({ ...readout, wires: on ? [...readout.wires, wire] : readout.wires.filter((w) => w !== wire) });
  };
  return (
    <li className="readout-row" data-testid="readout-row">
      <span className="readout-features" title={formatReadout(readout, model.dataQubits)}>{name}</span>
      <div className="readout-choice">
      <select
        aria-label={`${label} observable`} value={readout.observable} disabled={disabled}
        // As wide as the chosen option, not the longest one, so a Pauli and its wire share a line.
        style={{ width: `${observableText(readout.observable).length + 5}ch` }} onChange={(event) => replace(withObservable(readout, event.target.value as Observable))}>
        {OBSERVABLES.map((o) => <option key={o} value={o}>{observableText(o)}</option>)}
      </select>
      {isProbabilities(readout) ? (
        <fieldset className="readout-wires" disabled={disabled}>
          <legend className="visually-hidden">{`${label} wires`}</legend>
          {wires.map((w) => {
            const on = readout.wires.includes(w);
            const locked = on ? readout.wires.length === 1 : readout.wires.length >= MAX_PROBABILITY_WIRES;
            return (
              <label key={w} className="readout-wire" title={locked ? (on ? 'A probabilities readout measures at least one wire' : `At most ${MAX_PROBABILITY_WIRES} wires (${1 << MAX_PROBABILITY_WIRES} features)`) : undefined}>
                <input type="checkbox" checked={on} disabled={locked} onChange={(event) => toggle(w, event.target.checked)} />
                {wireName(w, model.dataQubits)}
              </label>
            );
          })}
        </fieldset>
      ) : (
        <select aria-label={`${label} wire`} value={readout.wire} disabled={disabled} onChange={(event) => replace({ ...readout, wire: Number(event.target.value) })}>
          {wires.map((w) => <option key={w} value={w}>{wireName(w, model.dataQubits)}</option>)}
        </select>
      )}
      </div>
      <button
        type="button" className="icon-button readout-remove" aria-label={`Remove readout ${name}`} disabled={disabled || model.readout.length === 1}
        title={model.readout.length === 1 ? 'The model needs at least one readout' : `Remove readout ${name} and its weights`} onClick={() => onEdit((e) => removeReadout(e, index))}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" /></svg>
      </button>
    </li>
  );
}

/** The readout rows, the add buttons and the last refusal. */
export function ReadoutList({ model, disabled }: { model: Model; disabled: boolean }) {
  const [problem, setProblem] = useState<string | null>(null);
  const onEdit = (edit: Parameters<typeof commitModelEdit>[0]) => setProblem(commitModelEdit(edit));
  const offsets = featureOffsets(model.readout);
  return (
    <>
      <ul className="readout-list" aria-label="Readouts">
        {model.readout.map((_, i) => <ReadoutRow key={i} model={model} index={i} first={offsets[i]} disabled={disabled} onEdit={onEdit} />)}
      </ul>
      <div className="model-actions">
        <button type="button" className="bar-button" aria-label="Add Pauli" disabled={disabled} title="Add a readout ⟨Z⟩ on d0: one feature, one new weight per head" onClick={() => onEdit((e) => addReadout(e, { observable: 'Z', wire: 0 }))}>Add Pauli</button>
        <button type="button" className="bar-button" aria-label="Add probabilities" disabled={disabled} title="Add the outcome probabilities of d0: two features (more with more wires), a new weight each per head" onClick={() => onEdit((e) => addReadout(e, { observable: 'probabilities', wires: [0] }))}>Add probabilities</button>
      </div>
      {problem && <p className="field-error model-problem" role="alert" data-testid="readout-problem">{problem}</p>}
    </>
  );
}
