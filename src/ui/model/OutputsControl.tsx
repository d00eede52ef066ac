/**
 * The number of outputs (docs/spec.md §5.3) as a stepper, "Add output" and "Remove output":
 * a new output's head has a fresh weight per feature and a fresh bias, at 0; removing drops
 * the last head with its parameters. When the data's targets do not fit the new count, the
 * experiment stays as it was and the panel says so beside the stepper, with the fix
 * `targetFit.ts` offers as a button (the heads and the data change in one edit), or a
 * button to the Data panel's target choice. Nothing refused is ever loaded.
 */
import { useState } from 'react';
import { outputCount } from '../../model/outputs';
import { LIMITS, type Experiment } from '../../model/types';
import { commitModelEdit } from './commitModel';
import { setOutputCount } from './headEdits';
import { fitTargets, type TargetFit } from './targetFit';

/** The id of the Data panel's target choice, which "Choose targets in the Data panel" focuses. */
export const DATA_TARGETS_ID = 'data-targets';

type Pending = { m: number; fit: Exclude<TargetFit, { kind: 'fits' }> };

/** Moves focus to the first target box of the Data panel's target choice. */
function goToDataPanel(): void {
  const choice = document.getElementById(DATA_TARGETS_ID);
  choice?.scrollIntoView({ block: 'nearest' });
  choice?.querySelector<HTMLElement>('input:not([disabled])')?.focus();
}

/** The stepper, and what to do when the targets do not fit. */
export function OutputsControl({ experiment, disabled }: { experiment: Experiment; disabled: boolean }) {
  const m = outputCount(experiment.model);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A pending fix belongs to the experiment it was computed for; any other change drops it.
  const [pendingFor, setPendingFor] = useState(experiment);
  if (pendingFor !== experiment) {
    setPendingFor(experiment);
    setPending(null);
  }

  const change = (next: number) => {
    setProblem(null);
    const fit = fitTargets(experiment.data, next);
    if (fit.kind !== 'fits') return setPending({ m: next, fit });
    setPending(null);
    setProblem(commitModelEdit((e) => setOutputCount(e, next)));
  };
  const applyFix = (p: Pending) => {
    if (p.fit.kind !== 'fix') return;
    const data = p.fit.data;
    setProblem(commitModelEdit((e) => ({ ...setOutputCount(e, p.m), data })));
  };

  return (
    <div className="outputs-control">
      <div className="stepper" role="group" aria-label="Outputs">
        <span className="stepper-label">Outputs</span>
        <button type="button" className="stepper-button" aria-label="Remove output" disabled={disabled || m <= 1} onClick={() => change(m - 1)}>−</button>
        <span className="stepper-count" data-testid="output-count">{m}</span>
        <button type="button" className="stepper-button" aria-label="Add output" disabled={disabled || m >= LIMITS.outputs} onClick={() => change(m + 1)}>+</button>
      </div>
      {pending && (
        <div className="model-fix" role="alert" data-testid="outputs-problem">
          <p>{pending.fit.problem} The model keeps {m === 1 ? '1 output' : `${m} outputs`}.</p>
          {pending.fit.kind === 'fix' && (
            <button type="button" className="bar-button bar-button--primary" aria-label={pending.fit.label} disabled={disabled} onClick={() => applyFix(pending)}>{pending.fit.label}</button>
          )}
          {pending.fit.kind === 'none' && pending.fit.dataPanel && (
            <button type="button" className="bar-button" aria-label="Choose targets in the Data panel" onClick={goToDataPanel}>Choose targets in the Data panel</button>
          )}
        </div>
      )}
      {problem && <p className="field-error model-problem" role="alert">{problem}</p>}
    </div>
  );
}
