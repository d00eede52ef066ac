/**
 * Step 6 of the QLSTM walkthrough: every occurrence of the parameter (its circuit at each
 * step, this one marked) with its contribution, their sum, the adjoint value and the
 * measured difference.
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { sci } from './explainFormat';
import { Formula } from './Formula';
import { angleSymbol, sumTex, val } from './qlstmFormat';

/** The occurrences' table and the agreement with the adjoint. */
export function QlstmSumStep({ x }: { x: QlstmExplainSuccess }) {
  const difference = Math.abs(x.sum - x.adjoint);
  return (
    <>
      <p>
        <code>{x.param}</code> occurs once per step. Each occurrence is shifted alone, in its own evaluation, in the same way, and the gradient is
        the sum of their contributions:
      </p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label={`Occurrences of ${x.param} and their sum`}>
        <table className="teach-table teach-table--sum" data-testid="qlstm-sum-table">
          <thead>
            <tr>
              <th scope="col">step</th>
              <th scope="col">contribution</th>
            </tr>
          </thead>
          <tbody>
            {x.occurrences.map((o) => {
              const here = o.step === x.step;
              return (
                <tr key={o.step} className={here ? 'is-here' : undefined} aria-current={here ? 'true' : undefined}>
                  <td>t = {o.step}{here && <span className="explain-tag">this one</span>}</td>
                  <td>{val(o.contribution)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* The totals apart from the occurrences, which scroll: with many steps they would hide them. */}
      <table className="teach-table teach-table--sum qlstm-totals" aria-label={`dL/d${angleSymbol(x.angle)}: the sum against the adjoint`}>
        <tbody>
          <tr className="is-total"><th scope="row">dL/d{angleSymbol(x.angle)}, sum of the occurrences</th><td data-testid="qlstm-sum">{val(x.sum)}</td></tr>
          <tr><th scope="row">dL/d{angleSymbol(x.angle)}, adjoint (exact)</th><td data-testid="qlstm-adjoint">{val(x.adjoint)}</td></tr>
          <tr><th scope="row">|difference|</th><td data-testid="qlstm-difference">{sci(difference)}</td></tr>
        </tbody>
      </table>
      <Formula tex={sumTex(x)} display />
      <p className="explain-verdict" data-testid="qlstm-verdict">
        Shifting one occurrence at a time inside its own circuit evaluation and adding up gives the adjoint value to {sci(difference)}: the same
        gradient, up to rounding.
      </p>
    </>
  );
}
