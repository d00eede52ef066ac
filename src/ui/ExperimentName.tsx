/**
 * The experiment's name in the top bar, editable in place: Enter or leaving the field commits
 * the new name as one edit (so Undo takes it back, and the saved file, the share link and
 * the window title follow it), Escape restores it. A name the parser refuses (empty, too
 * long) is not committed: the field is marked invalid, its value restored, and the reason
 * shown beside it.
 */
import { useEffect, useId, useState } from 'react';
import { labStore, useLab } from '../store';
import { selectExperimentName } from '../store/selectors';

/** The name field, with the page's only `h1` for the document outline. */
export function ExperimentName() {
  const name = useLab(selectExperimentName);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();

  useEffect(() => {
    document.title = name ? `${name} · QRNN Lab` : 'QRNN Lab';
  }, [name]);

  const commit = () => {
    if (draft === null) return;
    const state = labStore.getState();
    const value = draft.trim();
    setDraft(null);
    if (!state.experiment || value === state.experiment.name) return setProblem(null);
    if (value === '') return setProblem(`A name needs at least one character; it is still “${state.experiment.name}”.`);
    const result = state.commitExperiment({ ...state.experiment, name: value });
    setProblem(result.ok ? null : `${result.message} The name is still “${state.experiment.name}”.`);
  };

  return (
    <div className="experiment-name">
      <h1 className="visually-hidden">{name ?? 'QRNN Lab'}</h1>
      <input
        className="experiment-name-input"
        aria-label="Experiment name"
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        value={draft ?? name ?? 'Opening the default experiment…'}
        disabled={name === null}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem && <p id={errorId} className="experiment-name-error" role="alert">{problem}</p>}
    </div>
  );
}
