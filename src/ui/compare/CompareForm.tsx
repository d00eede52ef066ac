/**
 * The comparison's small form: shot counts, finite-difference steps and repeats, with Run
 * (disabled while a run runs) and Cancel (only while it runs). A bad value is named beside
 * the form and nothing is asked of the worker.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { labStore, useLab } from '../../store';
import { fieldsOf, parseFields, type CompareFields } from './compareForm';

/** The form; its fields start from the store's settings. */
export function CompareForm() {
  const running = useLab((s) => s.compareStatus === 'running');
  const [fields, setFields] = useState<CompareFields>(() => fieldsOf(labStore.getState().compareSettings));
  const [problem, setProblem] = useState<{ field: keyof CompareFields; message: string } | null>(null);
  const run = useRef<HTMLButtonElement>(null);
  // Cancel goes away with the run it stopped: the focus it had goes to Run comparison, not to the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (!running && refocus.current) run.current?.focus();
    refocus.current = false;
  }, [running]);
  const edit = (field: keyof CompareFields) => (event: { currentTarget: HTMLInputElement }) => setFields({ ...fields, [field]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFields(fields);
    if (!parsed.ok) {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    labStore.getState().setCompareSettings(parsed.settings);
    void labStore.getState().runCompare();
  };
  const invalid = (field: keyof CompareFields) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'compare-problem' } : {});
  return (
    // noValidate: every field's refusal is the form's own message beside it, not a browser pop-up.
    <form className="compare-form" onSubmit={onSubmit} aria-label="Comparison settings" noValidate>
      <label>
        <span>Shots per expectation</span>
        <input name="shots" value={fields.shots} onChange={edit('shots')} inputMode="numeric" spellCheck={false} {...invalid('shots')} />
      </label>
      <label>
        <span>Finite-difference steps h</span>
        <input name="steps" value={fields.steps} onChange={edit('steps')} inputMode="decimal" spellCheck={false} {...invalid('steps')} />
      </label>
      <label className="compare-repeats">
        <span>Repeats</span>
        <input name="repeats" type="number" min={2} max={200} value={fields.repeats} onChange={edit('repeats')} {...invalid('repeats')} />
      </label>
      <div className="compare-actions">
        <button ref={run} type="submit" className="bar-button bar-button--primary" aria-label="Run comparison" disabled={running}>Run comparison</button>
        {running && <button type="button" className="bar-button bar-button--danger" aria-label="Cancel" onClick={() => { refocus.current = true; labStore.getState().cancelCompare(); }}>Cancel</button>}
      </div>
      {problem && <p id="compare-problem" className="dialog-problem compare-problem" role="alert">{problem.message}</p>}
    </form>
  );
}
