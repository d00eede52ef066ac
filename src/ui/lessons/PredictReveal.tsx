/**
 * A "predict, then reveal" prompt: the question as the legend of a fieldset, the student's
 * prediction (radio buttons, or a number field), and Reveal, enabled once there is a
 * prediction. Reveal asks the worker for the step's probe when it has one, and the answer is
 * then computed from the store (`RevealResult`), so it is the lab's measurement. Changing the
 * prediction hides the answer until Reveal is pressed again.
 */
import { useId, useState } from 'react';
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
  const { input } = prompt;
  const ready = prediction !== null && (input.kind === 'choice' || parsePrediction(prediction) !== null);

  const reveal = () => {
    const state = labStore.getState();
    state.reveal(step);
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
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                labStore.getState().predict(step, event.currentTarget.value.trim());
              }}
            />
          </label>
        )}
      </fieldset>
      <button type="button" className="bar-button bar-button--primary lesson-reveal" aria-label="Reveal" disabled={!ready || revealed} onClick={reveal}>
        Reveal
      </button>
      <RevealResult prompt={prompt} revealed={revealed} prediction={prediction} />
    </div>
  );
}
