/**
 * Step 4 of the walkthrough: the rule that turns the shifted outputs into `d yhat_s / d a`,
 * typeset (with `c_1` and `c_2` for the four-term rule), and filled in for one scored step.
 */
import type { ExplainSuccess } from '../../worker/protocol';
import { chainSteps, derivativeTex, FOUR_TERM_CONSTANTS_TEX, outputsOf, ruleTex } from './explainFormat';
import { Formula } from './Formula';

/** The rule and one worked step. */
export function DerivativeStep({ x }: { x: ExplainSuccess }) {
  const example = chainSteps(x)[0] ?? x.step;
  return (
    <>
      <p>The weighted difference of the shifted outputs is the exact derivative of each later output with respect to this one angle:</p>
      <Formula tex={ruleTex(x.rule)} display />
      {x.rule === 'four-term' && <Formula tex={FOUR_TERM_CONSTANTS_TEX} display />}
      <p>At step {example}, with the numbers of the table above:</p>
      {Array.from({ length: outputsOf(x) }, (_, j) => <Formula key={j} tex={derivativeTex(x, example, j)} display />)}
    </>
  );
}
