/**
 * Step 5 of the walkthrough: the chain rule, first through the loss (every scored step at or
 * after the occurrence, `dL/dyhat_s * d yhat_s / d a`, in a table and summed), then through
 * the angle expression (`d a / d theta = f u(x_t)`), giving the occurrence's contribution.
 */
import type { ExplainSuccess } from '../../worker/protocol';
import { chainSteps, chainTex, contributionTex, dot, isBias, LOSS_TEX, LOSS_TEX_OUTPUTS, num, nums, outputsOf, slopeTex } from './explainFormat';
import { Formula } from './Formula';

/** The chain rule with the live numbers. */
export function ChainRuleStep({ x }: { x: ExplainSuccess }) {
  const steps = chainSteps(x);
  const several = outputsOf(x) > 1;
  return (
    <>
      <p>The loss is the mean squared error over the scored steps S{several ? ` and the ${outputsOf(x)} outputs` : ''}, so each scored output pulls on it with</p>
      <Formula tex={several ? LOSS_TEX_OUTPUTS : LOSS_TEX} display />
      {several && <p className="explain-note">Each cell below lists the {outputsOf(x)} outputs in order; the product sums over them.</p>}
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
                <td>{nums(x.dyda[s])}</td>
                <td>{nums(x.dLdy[s])}</td>
                <td>{num(dot(x.dyda[s], x.dLdy[s]))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {steps.length === 0 && <p className="explain-note">No scored step comes at or after step {x.step}: this occurrence cannot move the loss.</p>}
      <Formula tex={chainTex(x)} display />
      {isBias(x)
        ? <p>and through the angle expression: {x.param} is the angle’s bias b, added as it is, so:</p>
        : <p>and through the angle expression, since a = c + f·θ·u(x<sub>t</sub>){x.angle.bias ? ' + b' : ''}:</p>}
      <Formula tex={slopeTex(x)} display />
      <p>So this occurrence contributes</p>
      <Formula tex={contributionTex(x)} display />
    </>
  );
}
