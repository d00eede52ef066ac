/**
 * Step 6 of the walkthrough: every occurrence of the parameter with its contribution (this
 * one marked), their sum, the head's part, the total, and next to it the adjoint value with
 * the measured difference, so the student sees the sum over occurrences is the gradient.
 */
import type { Model } from '../../model/types';
import type { ExplainSuccess } from '../../worker/protocol';
import { gateDescription } from '../../text/labels';
import { plural } from '../../text/plural';
import { num, sci } from './explainFormat';

/** The occurrences' table and the agreement with the adjoint. */
export function SumStep({ x, model }: { x: ExplainSuccess; model: Model }) {
  const difference = Math.abs(x.total - x.adjoint);
  return (
    <>
      <p>
        Each occurrence of <code>{x.param}</code> is shifted alone in the same way, and the gradient is the sum of their
        contributions ({plural(x.occurrences.length, 'occurrence')}, {plural(x.shifted.length * x.occurrences.length, 'shifted execution')}):
      </p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label={`Occurrences of ${x.param} and their sum`}>
        <table className="teach-table teach-table--sum" data-testid="explain-sum-table">
          <thead>
            <tr>
              <th scope="col">occurrence</th>
              <th scope="col">step</th>
              <th scope="col">contribution</th>
            </tr>
          </thead>
          <tbody>
            {x.occurrences.map((o) => {
              const here = o.gate === x.gate && o.step === x.step;
              return (
                <tr key={`${o.gate}:${o.step}`} className={here ? 'is-here' : undefined} aria-current={here ? 'true' : undefined}>
                  <td>{gateDescription(model.cell[o.gate], model.dataQubits)}{here && <span className="explain-tag">this one</span>}</td>
                  <td>{o.step}</td>
                  <td data-testid="explain-contribution">{num(o.contribution)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr><th scope="row" colSpan={2}>sum of the occurrences</th><td data-testid="explain-sum">{num(x.sum)}</td></tr>
            <tr><th scope="row" colSpan={2}>the head’s part</th><td data-testid="explain-head">{num(x.headPart)}</td></tr>
            <tr className="is-total"><th scope="row" colSpan={2}>dL/d{x.param}, parameter-shift</th><td data-testid="explain-total">{num(x.total)}</td></tr>
            <tr><th scope="row" colSpan={2}>dL/d{x.param}, adjoint (exact)</th><td data-testid="explain-adjoint">{num(x.adjoint)}</td></tr>
            <tr><th scope="row" colSpan={2}>|difference|</th><td data-testid="explain-difference">{sci(difference)}</td></tr>
          </tfoot>
        </table>
      </div>
      <p className="explain-verdict" data-testid="explain-verdict">
        Shifting one occurrence at a time and adding up gives the adjoint value to {sci(difference)}: the same gradient, up to rounding.
        Measurement and reset between the steps do not break the rule, because they do not depend on θ.
      </p>
    </>
  );
}
