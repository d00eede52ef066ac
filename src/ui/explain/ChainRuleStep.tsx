/**
 * Step 5 of the walkthrough: the chain rule, first through the loss (every scored step at or
 * after the occurrence, `dL/dyhat_s * d yhat_s / d a`, in a table and summed), then through
 * the angle expression (`d a / d theta = f u(x_t)`), giving the occurrence's contribution.
 */
import type { ExplainSuccess } from '../../worker/protocol';
import { chainSteps, chainTex, contributionTex, LOSS_TEX, num, slopeTex } from './explainFormat';
import { Formula } from './Formula';

/** The chain rule with the live numbers. */
export function ChainRuleStep({ x }: { x: ExplainSuccess }) {
  const steps = chainSteps(x);
  return (
    <>
      <p>The loss is the mean squared error over the scored steps S, so each scored output pulls on it with</p>
      <Formula tex={LOSS_TEX} display />
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Chain rule through the loss, step by step">
        <table className="teach-table" data-testid="explain-chain">
          <thead>
            <tr>
              <th scope="col">s</th>
              <th scope="col">∂ŷ<sub>s</sub>/∂a</th>
              <th scope="col">∂L/∂ŷ<sub>s</sub></th>
              <th scope="col">product</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s}>
                <th scope="row">{s}</th>
                <td>{num(x.dyda[s])}</td>
                <td>{num(x.dLdy[s])}</td>
                <td>{num(x.dyda[s] * x.dLdy[s])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {steps.length === 0 && <p className="explain-note">No scored step comes at or after step {x.step}: this occurrence cannot move the loss.</p>}
      <Formula tex={chainTex(x)} display />
      <p>and through the angle expression, since a = c + f·θ·u(x<sub>t</sub>):</p>
      <Formula tex={slopeTex(x)} display />
      <p>So this occurrence contributes</p>
      <Formula tex={contributionTex(x)} display />
    </>
  );
}
