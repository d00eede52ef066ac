/**
 * The training settings of the current experiment as a form (docs/spec.md §2 `training`, the noise of
 * docs/spec.md §1.4 and the dataset's kind and windowing): gradient method, shots per expectation,
 * how shots are drawn (docs/spec.md §6, shown only with shots), optimizer, learning rate
 * (or, for L-BFGS, its memory), epochs, batch size, seed, noise, dataset. Every change is one
 * commit (undoable, in the link), checked by the parser: a refused value is explained in
 * words right under its field, which is marked invalid and shows its value again, and the
 * experiment stays as it was. While a run is running the form is disabled; changes made
 * while paused take effect on resume.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { labStore, useLab } from '../store';
import { selectExperiment, selectTrainingStatus } from '../store/selectors';
import { selectCellLocked } from '../store/classroomSlice';
import { GENERATED_KINDS, parseSettingValue, withSetting, type SettingField } from './settingsEdits';
import { isQlstmExperiment, SAMPLINGS } from '../model/types';
import { ThreadsField } from './ThreadsField';

const METHODS = ['parameter-shift', 'adjoint', 'finite-difference', 'spsa'];
const OPTIMIZERS: [string, string][] = [['adam', 'Adam'], ['sgd', 'SGD'], ['spsa', 'SPSA'], ['lbfgs', 'L-BFGS'], ['ridge', 'ridge']];

/** Why L-BFGS shows no learning rate and ignores the batch size (docs/spec.md §5.4). */
const LBFGS_HINT = 'L-BFGS takes all training windows as one batch, one iteration per epoch; its line search picks the step, so there is no learning rate.';
/** Why ridge's learning rate and batch size are disabled (docs/spec.md §5). */
const RIDGE_HINT = 'Ridge fits the head in one least-squares solve over every training window, so there is no learning rate and no batch.';

/**
 * Commits one setting; returns `null`, or why it was refused in words: the parser's reason
 * without its field path (the field is the one the reader just typed in), and the value
 * the setting keeps.
 */
function commit(field: SettingField, label: string, text: string, kept: string): string | null {
  const experiment = labStore.getState().experiment;
  if (!experiment) return null;
  const value = parseSettingValue(field, text);
  const stays = kept === '' ? 'it stays blank' : `it stays ${kept}`;
  if (value === undefined) return `${label}: “${text.trim()}” is not a number; ${stays}.`;
  const result = labStore.getState().commitExperiment(withSetting(experiment, field, value));
  if (result.ok) return null;
  // The file's `null` is a blank field here.
  const reason = (result.errors[0]?.message ?? result.message).replace(/\bmust be null \(/, 'must be blank (');
  return `${label}: ${reason.replace(/\.$/, '')}; ${stays}.`;
}

/** The form's selects report a refusal in the form's own line. */
function commitChoice(field: SettingField, value: string, setError: (m: string | null) => void): void {
  const experiment = labStore.getState().experiment;
  if (!experiment) return;
  const result = labStore.getState().commitExperiment(withSetting(experiment, field, value));
  setError(result.ok ? null : result.message);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return <label className="setting-row"><span>{label}</span>{children}</label>;
}

/**
 * A number field that commits on Enter or when it loses focus. A refused value is put back
 * to the setting's value, the field marked invalid and the reason shown under it until the
 * next commit of this field.
 */
function NumberField({ field, value, label, testId, disabled, hintId }: {
  field: SettingField; value: number | null | undefined; label: string; testId?: string; disabled: boolean;
  /** The id of a note that explains the field (why it is disabled, for one). */
  hintId?: string;
}) {
  const shown = value === null || value === undefined ? '' : String(value);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const name = label.replace(/ \(blank: [^)]*\)$/, '');
  const submit = (text: string) => {
    const refused = commit(field, name, text, shown);
    setProblem(refused);
    if (refused && input.current) input.current.value = shown;
  };
  return (
    <>
      <Row label={label}>
        <input
          ref={input}
          key={shown}
          type="text"
          inputMode="decimal"
          defaultValue={shown}
          aria-label={label}
          aria-invalid={problem !== null}
          aria-describedby={[problem ? errorId : null, hintId ?? null].filter(Boolean).join(' ') || undefined}
          data-testid={testId}
          disabled={disabled}
          onKeyDown={(e) => { if (e.key === 'Enter') submit(e.currentTarget.value); }}
          onBlur={(e) => { if (e.currentTarget.value !== shown) submit(e.currentTarget.value); }}
        />
      </Row>
      {problem && <p id={errorId} className="settings-error" role="alert">{problem}</p>}
    </>
  );
}

/** The editable training, noise and dataset settings. */
export function TrainingSettings() {
  const experiment = useLab(selectExperiment);
  const running = useLab(selectTrainingStatus) === 'running';
  const locked = useLab(selectCellLocked);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const samplingHint = useId();
  if (!experiment) return null;
  const { training } = experiment;
  // A QLSTM's circuits are pure states (docs/spec.md §7): noise is the QRNN's alone.
  const noise = isQlstmExperiment(experiment) ? null : { p1: 0, p2: 0, gamma: 0, q: 0, ...experiment.model.noise };
  const data = experiment.data as Record<string, unknown>;
  const off = running || locked;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const memory = training.optimizer.kind === 'lbfgs' ? training.optimizer.memory : null;
  const lbfgs = memory !== null;
  const ridge = training.optimizer.kind === 'ridge';
  return (
    <div className="settings-form" aria-label="Training settings">
      <Row label="Gradient">
        <select aria-label="Gradient method" data-testid="gradient-method-select" value={training.gradient.method} disabled={off} onChange={(e) => commitChoice('method', e.target.value, setError)}>
          {METHODS.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </Row>
      <span className="visually-hidden" data-testid="gradient-method">{training.gradient.method}</span>
      <NumberField field="shots" label="Shots per expectation (blank: exact)" value={training.gradient.shots} disabled={off} />
      {/* A QLSTM's circuit evaluations are separate executions: their shots are independent (docs/spec.md §7). */}
      {training.gradient.shots !== null && !isQlstmExperiment(experiment) && (
        <>
          <Row label="Sampling">
            <select aria-label="Sampling" aria-describedby={samplingHint} data-testid="sampling-select" value={training.gradient.sampling ?? 'independent'} disabled={off} onChange={(e) => commitChoice('sampling', e.target.value, setError)}>
              {SAMPLINGS.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </Row>
          <p id={samplingHint} className="card-note">independent: every step's readouts sampled apart; trajectory: one run per shot, as a QPU — steps correlated</p>
        </>
      )}
      <Row label="Optimizer">
        <select aria-label="Optimizer" value={training.optimizer.kind} disabled={off} onChange={(e) => commitChoice('optimizer', e.target.value, setError)}>
          {/* Ridge fits a QRNN's head on its readouts; a QLSTM has no closed form. */}
          {OPTIMIZERS.filter(([k]) => k !== 'ridge' || !isQlstmExperiment(experiment)).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
        </select>
      </Row>
      <span className="visually-hidden" data-testid="optimizer">{OPTIMIZERS.find(([k]) => k === training.optimizer.kind)?.[1] ?? training.optimizer.kind}</span>
      {lbfgs ? (
        <>
          <NumberField field="memory" label="Memory (curvature pairs)" value={memory} testId="lbfgs-memory" disabled={off} />
          <p id={hintId} className="card-note" data-testid="lbfgs-hint">{LBFGS_HINT}</p>
        </>
      ) : (
        <>
          <NumberField field="learningRate" label="Learning rate" value={training.optimizer.learningRate} disabled={off || ridge} hintId={ridge ? hintId : undefined} />
          <span className="visually-hidden" data-testid="learning-rate">{training.optimizer.learningRate}</span>
          {ridge && <p id={hintId} className="card-note" data-testid="ridge-hint">{RIDGE_HINT}</p>}
        </>
      )}
      <NumberField field="epochs" label="Epochs" value={training.epochs} disabled={off} />
      <NumberField field="batchSize" label="Batch size" value={training.batchSize} disabled={off || lbfgs || ridge} hintId={lbfgs || ridge ? hintId : undefined} />
      <NumberField field="seed" label="Seed" value={training.seed} disabled={off} />
      <ThreadsField />
      <details className="settings-more">
        <summary>{noise ? 'Noise and dataset' : 'Dataset'}</summary>
        {noise && (
          <>
            <NumberField field="p1" label="Depolarizing p1 (one-wire gates)" value={noise.p1} disabled={off} />
            <NumberField field="p2" label="Depolarizing p2 (two-wire gates)" value={noise.p2} disabled={off} />
            <NumberField field="gamma" label="Amplitude damping gamma" value={noise.gamma} disabled={off} />
            <NumberField field="q" label="Readout error q" value={noise.q} disabled={off} />
          </>
        )}
        {experiment.data.kind !== 'inline' && experiment.data.kind !== 'csv' && (
          <Row label="Dataset">
            <select aria-label="Dataset" value={experiment.data.kind} disabled={off} onChange={(e) => commitChoice('dataKind', e.target.value, setError)}>
              {GENERATED_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
          </Row>
        )}
        {experiment.data.kind !== 'inline' && (
          <>
            <NumberField field="window" label="Window (steps) (blank: default)" value={num(data.window)} disabled={off} />
            <NumberField field="horizon" label="Horizon (steps ahead) (blank: default)" value={num(data.horizon)} disabled={off} />
            <NumberField field="split" label="Train split (blank: default)" value={num(data.split)} disabled={off} />
            <NumberField field="dataSeed" label="Data seed (blank: default)" value={num(data.seed)} disabled={off} />
          </>
        )}
      </details>
      {error && <p className="settings-error" role="alert">{error}</p>}
      {running && <p className="card-note">Pause to change the settings; they take effect on resume.</p>}
    </div>
  );
}
