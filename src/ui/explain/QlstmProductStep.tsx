/**
 * Step 5 of the QLSTM walkthrough: the chain rule inside one evaluation, `dL/da_j` times
 * `d a_j / d angle` per qubit, summed: the occurrence's contribution.
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { Formula } from './Formula';
import { angleSymbol, contributionTex, val } from './qlstmFormat';

/** The products and their sum. */
export function QlstmProductStep({ x }: { x: QlstmExplainSuccess }) {
  const sym = angleSymbol(x.angle);
  return (
    <>
      <p>The angle reaches the loss only through this evaluation’s results, so its contribution is the sum over the qubits of the two derivatives’ products:</p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Products per qubit and their sum">
        <table className="teach-table teach-table--sum" data-testid="qlstm-products">
          <thead>
            <tr>
              <th scope="col">qubit j</th>
              <th scope="col">∂L/∂a<sub>j</sub></th>
              <th scope="col">∂a<sub>j</sub>/∂{sym}</th>
              <th scope="col">product</th>
            </tr>
          </thead>
          <tbody>
            {x.products.map((p, j) => (
              <tr key={j}>
                <td>{j}</td>
                <td>{val(x.dLda[j])}</td>
                <td>{val(x.dadangle[j])}</td>
                <td>{val(p)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="is-total"><th scope="row" colSpan={3}>sum: this occurrence’s contribution</th><td data-testid="qlstm-contribution">{val(x.contribution)}</td></tr>
          </tfoot>
        </table>
      </div>
      <Formula tex={contributionTex(x)} display />
    </>
  );
}
