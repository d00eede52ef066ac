/**
 * A "predict, then reveal" prompt: the question as the legend of a fieldset, the student's
 * prediction (radio buttons, or a number field), and Reveal, enabled once there is a
 * prediction. Reveal asks the worker for the step's probe when it has one, and the answer is
 * then computed from the store (`RevealResult`), so it is the lab's measurement. Changing the
 * prediction hides the answer until Reveal is pressed again.
 */
import { useId, useRef, useState } from 'react';
import { labStore, useLab } from '../../store';
import type { Prompt } from './lessonTypes';
import { gateOfParam } from './measures';
import { parsePrediction } from './prediction';
import { RevealResult } from './RevealResult';

interface PredictRevealProps {
  prompt: Prompt;
  /** The step's index in the lesson. */
  step: number;
}

/** The prompt of one step. */
export function PredictReveal({ prompt, step }: PredictRevealProps) {
  const id = useId();
  const prediction = useLab((s) => s.lessonPredictions[step] ?? null);
  const revealed = useLab((s) => s.lessonRevealed.includes(step));
  const [typed, setTyped] = useState(prediction ?? '');
  const result = useRef<HTMLDivElement>(null);
  const { input } = prompt;
  const ready = prediction !== null && (input.kind === 'choice' || parsePrediction(prediction) !== null);
  // Said under the field, or a greyed-out Reveal would be all a reader gets.
  const notNumber = input.kind === 'number' && typed.trim() !== '' && parsePrediction(typed) === null;

  const reveal = () => {
    const state = labStore.getState();
    state.reveal(step);
    // Reveal turns disabled: focus goes to the answer it shows, not to the page.
    result.current?.focus();
    if (!prompt.probe) return;
    const gate = gateOfParam(state, prompt.probe.param);
    if (gate >= 0) void state.probeOccurrence({ gate, step: prompt.probe.step }, prompt.probe.bias);
  };

  return (
    <div className="lesson-prompt">
      <fieldset className="lesson-prompt-fields">
        <legend><span className="lesson-prompt-kicker">Predict, then reveal</span>{prompt.question}</legend>
        {input.kind === 'choice' ? (
          <div className="lesson-choices">
            {input.options.map((o) => (
              <label key={o.value} className="lesson-choice">
                <input type="radio" name={`${id}-choice`} value={o.value} checked={prediction === o.value} onChange={() => labStore.getState().predict(step, o.value)} />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        ) : (
          <label className="lesson-number">
            <span>{input.label}</span>
            <input
              type="text" inputMode="decimal" autoComplete="off" spellCheck={false} value={typed}
              aria-invalid={notNumber} aria-describedby={notNumber ? `${id}-not-number` : `${id}-tolerance`}
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                labStore.getState().predict(step, event.currentTarget.value.trim());
              }}
              onKeyDown={(event) => { if (event.key === 'Enter' && ready && !revealed) reveal(); }}
            />
          </label>
        )}
        {input.kind === 'number' && !notNumber && <p id={`${id}-tolerance`} className="card-note">Right when within ±{input.tolerance} of the lab’s value.</p>}
        {notNumber && <p id={`${id}-not-number`} className="settings-error" role="alert">“{typed.trim()}” is not a number: type one like 0.8 or −1.2e-3.</p>}
      </fieldset>
      <button type="button" className="bar-button bar-button--primary lesson-reveal" aria-label="Reveal" disabled={!ready || revealed} onClick={reveal}>
        Reveal
      </button>
      <div ref={result} tabIndex={-1} className="lesson-result-focus">
        <RevealResult prompt={prompt} revealed={revealed} prediction={prediction} />
      </div>
    </div>
  );
}
