/**
 * Step 4 of the QLSTM walkthrough: `dL/da_j` for this evaluation, from back-propagation
 * through the classical LSTM: the circuit's local formula, what it gathers from later steps,
 * and the numbers per qubit (with the reason when they are all zero).
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { Formula } from './Formula';
import { CircuitName } from './QlstmNames';
import { backpropTex, backpropText, val, zeroText } from './qlstmFormat';

/** The classical part's pull on each result. */
export function QlstmBackpropStep({ x }: { x: QlstmExplainSuccess }) {
  const zero = zeroText(x);
  return (
    <>
      <p>
        How much the loss moves with each result a<sub>j</sub> comes from back-propagation through the classical LSTM, the same pass the adjoint
        and parameter-shift run. For the <CircuitName k={x.circuit} />:
      </p>
      <Formula tex={backpropTex(x.circuit)} display />
      <p className="explain-note">{backpropText(x.circuit)}</p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Derivative of the loss with respect to each result">
        <table className="teach-table" data-testid="qlstm-dLda">
          <thead>
            <tr>
              <th scope="col">qubit j</th>
              <th scope="col">∂L/∂a<sub>j</sub></th>
            </tr>
          </thead>
          <tbody>
            {x.dLda.map((g, j) => (
              <tr key={j}>
                <th scope="row">{j}</th>
                <td>{val(g)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {zero && <p className="explain-note" data-testid="qlstm-zero">{zero}</p>}
    </>
  );
}
