/**
 * "Add a variant": pick what to vary (the gradient method and shots, the shot sampling, the
 * optimizer and learning rate, the recurrence, or the qubit counts, by taking the cell of a
 * preset), its value, and a name (suggested from the choice until the user types one). The
 * variant is added as one edit; the parser refuses one that would make the file invalid (a
 * preset's cell that does not fit the data, a duplicate name) and says why, by field.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Study } from '../../model/types';
import { labStore } from '../../store';
import { fetchPresetText, PRESETS } from '../../store/presets';
import { commitStudy } from './commitStudy';
import { selectQrnn } from '../../store/selectors';
import {
  GRADIENT_CHOICES, OPTIMIZER_CHOICES, RECURRENCE_CHOICES, SAMPLING_CHOICES, setOf, startingLearningRate, suggestedName, VARY_LABELS, withVariant,
  type VaryChoice, type VaryKind,
} from './studyEdits';

const CELL_PRESETS = PRESETS.filter((p) => !p.study);

interface Fields {
  kind: VaryKind;
  method: (typeof GRADIENT_CHOICES)[number];
  shots: string;
  sampling: (typeof SAMPLING_CHOICES)[number];
  optimizer: (typeof OPTIMIZER_CHOICES)[number];
  learningRate: string;
  recurrence: (typeof RECURRENCE_CHOICES)[number];
  preset: string;
}

/** The choice the fields describe (without a fetched preset), or why a field is refused. */
function choiceOf(f: Fields): { ok: true; choice: VaryChoice } | { ok: false; message: string } {
  switch (f.kind) {
    case 'gradient': {
      const t = f.shots.trim();
      const shots = t === '' ? null : Number(t);
      if (shots !== null && !(Number.isInteger(shots) && shots >= 1)) return { ok: false, message: `Shots: “${t}” is not a whole number of shots (blank for exact expectations).` };
      return { ok: true, choice: { kind: 'gradient', method: f.method, shots } };
    }
    case 'sampling': return { ok: true, choice: { kind: 'sampling', sampling: f.sampling } };
    case 'optimizer': {
      const rate = Number(f.learningRate.trim());
      if (f.optimizer !== 'lbfgs' && !(rate > 0 && Number.isFinite(rate))) return { ok: false, message: `Learning rate: “${f.learningRate.trim()}” is not a positive number.` };
      return { ok: true, choice: { kind: 'optimizer', optimizer: f.optimizer, learningRate: rate } };
    }
    case 'recurrence': return { ok: true, choice: { kind: 'recurrence', recurrence: f.recurrence } };
    case 'model': {
      const preset = CELL_PRESETS.find((p) => p.file === f.preset) ?? CELL_PRESETS[0];
      return { ok: true, choice: { kind: 'model', preset: preset.file, label: preset.label, file: { model: null, params: null } } };
    }
  }
}

/** The form. */
export function VariantForm({ study }: { study: Study }) {
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => {
    const experiment = selectQrnn(labStore.getState());
    return {
      kind: 'gradient', method: 'spsa', shots: '1000', sampling: 'trajectory', optimizer: 'adam',
      learningRate: experiment ? String(startingLearningRate(experiment)) : '0.05',
      recurrence: 'coherent', preset: CELL_PRESETS[0].file,
    };
  });
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = choiceOf(fields);
  const suggestion = parsed.ok ? suggestedName(parsed.choice) : '';
  // A refusal is about what was submitted: any edit of the form puts it away.
  const change = (next: Fields) => { setFields(next); setProblem(null); };
  const edit = <K extends keyof Fields>(key: K) => (event: { currentTarget: { value: string } }) => change({ ...fields, [key]: event.currentTarget.value as Fields[K] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const experiment = selectQrnn(labStore.getState());
    if (!experiment) return;
    if (!parsed.ok) { setProblem(parsed.message); return; }
    let choice = parsed.choice;
    if (choice.kind === 'model') {
      setBusy(true);
      try {
        const file = JSON.parse(await fetchPresetText(choice.preset)) as { model: unknown; params: unknown; frozen?: unknown };
        choice = { ...choice, file };
      } catch (error) {
        setProblem(`The preset ${choice.label} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        return;
      } finally {
        setBusy(false);
      }
    }
    const variantName = (name ?? suggestion).trim() || suggestion;
    const refused = commitStudy(withVariant(study, { name: variantName, set: setOf(choice, experiment) }));
    setProblem(refused);
    if (!refused) setName(null);
  };

  return (
    <form className="study-variant-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void onSubmit(e)}>
      <h4 id={`${id}-heading`}>Add a variant</h4>
      <label className="study-field">
        <span>Vary</span>
        <select value={fields.kind} onChange={edit('kind')}>
          {(Object.keys(VARY_LABELS) as VaryKind[]).map((k) => <option key={k} value={k}>{VARY_LABELS[k]}</option>)}
        </select>
      </label>
      {fields.kind === 'gradient' && (
        <div className="study-field-row">
          <label className="study-field"><span>Gradient method</span>
            {/* The adjoint is the simulator's exact back-propagation (docs/spec.md §3): it takes no shots. */}
            <select value={fields.method} onChange={(e) => change({ ...fields, method: e.currentTarget.value as Fields['method'], ...(e.currentTarget.value === 'adjoint' ? { shots: '' } : {}) })}>
              {GRADIENT_CHOICES.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
          <label className="study-field study-field--short"><span>Shots (blank: exact)</span>
            <input
              value={fields.shots} onChange={edit('shots')} inputMode="numeric" spellCheck={false} disabled={fields.method === 'adjoint'}
              title={fields.method === 'adjoint' ? 'The adjoint is exact, simulator only: it takes no shots' : 'Shots per expectation; blank for exact expectations'}
              aria-describedby={fields.method === 'adjoint' ? `${id}-adjoint` : undefined}
            />
          </label>
          {fields.method === 'adjoint' && <p id={`${id}-adjoint`} className="note">The adjoint is exact and runs only on a simulator: it takes no shots.</p>}
        </div>
      )}
      {fields.kind === 'sampling' && (
        <label className="study-field"><span>Shot sampling (docs/spec.md §6)</span>
          <select value={fields.sampling} onChange={edit('sampling')}>{SAMPLING_CHOICES.map((m) => <option key={m} value={m}>{m}</option>)}</select>
        </label>
      )}
      {fields.kind === 'optimizer' && (
        <div className="study-field-row">
          <label className="study-field"><span>Optimizer</span>
            <select value={fields.optimizer} onChange={edit('optimizer')}>{OPTIMIZER_CHOICES.map((m) => <option key={m} value={m}>{m === 'lbfgs' ? 'L-BFGS' : m === 'sgd' ? 'SGD' : m === 'adam' ? 'Adam' : 'SPSA'}</option>)}</select>
          </label>
          {fields.optimizer !== 'lbfgs' && (
            <label className="study-field study-field--short"><span>Learning rate</span>
              <input value={fields.learningRate} onChange={edit('learningRate')} inputMode="decimal" spellCheck={false} />
            </label>
          )}
        </div>
      )}
      {fields.kind === 'recurrence' && (
        <label className="study-field"><span>Recurrence</span>
          <select value={fields.recurrence} onChange={edit('recurrence')}>{RECURRENCE_CHOICES.map((m) => <option key={m} value={m}>{m}</option>)}</select>
        </label>
      )}
      {fields.kind === 'model' && (
        <label className="study-field"><span>Cell, parameters and qubits of</span>
          <select value={fields.preset} onChange={edit('preset')}>{CELL_PRESETS.map((p) => <option key={p.file} value={p.file}>{p.label}</option>)}</select>
        </label>
      )}
      <div className="study-field-row">
        <label className="study-field study-field--grow"><span>Variant name</span>
          <input value={name ?? suggestion} onChange={(e) => { setName(e.currentTarget.value); setProblem(null); }} spellCheck={false} />
        </label>
        <button type="submit" className="bar-button" disabled={busy}>Add variant</button>
      </div>
      {problem && <p className="dialog-problem" role="alert">{problem}</p>}
    </form>
  );
}
