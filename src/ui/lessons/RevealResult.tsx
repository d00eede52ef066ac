/**
 * The revealed answer of a prompt, in a polite live region that is always on the page (so
 * the answer is announced when it appears): whether the prediction was right, in words and a
 * mark (never colour alone), and the lab's measurement. While the lab cannot measure it yet
 * (Step not pressed, the worker still computing), it says what to do or what is running.
 */
import { useShallow } from 'zustand/react/shallow';
import { useLab } from '../../store';
import type { Prompt } from './lessonTypes';
import { describePrediction, isRight } from './prediction';

interface RevealResultProps {
  prompt: Prompt;
  revealed: boolean;
  prediction: string | null;
}

/** The live region, filled once the answer is revealed. */
export function RevealResult({ prompt, revealed, prediction }: RevealResultProps) {
  const answer = useLab(useShallow((s) => (revealed ? prompt.answer(s) : null)));
  const { input } = prompt;
  let content = null;
  if (answer && prediction !== null) {
    if (!answer.ready) content = <p className="lesson-pending">{answer.hint}</p>;
    else {
      const right = isRight(input, prediction, answer);
      const rightLabel = input.kind === 'choice' ? input.options.find((o) => o.value === answer.value)?.label : null;
      content = (
        <>
          <p className={`lesson-verdict ${right ? 'is-right' : 'is-wrong'}`}>
            <span aria-hidden="true">{right ? '✓' : '✗'}</span>{' '}
            {right ? 'As you predicted' : 'Not this time'}: you said {describePrediction(input, prediction)}{rightLabel && !right ? `; the lab says ${rightLabel}` : ''}.
          </p>
          <p className="lesson-answer" data-testid="lesson-answer">{answer.text}</p>
        </>
      );
    }
  }
  return <div className="lesson-result" aria-live="polite">{content}</div>;
}
