/**
 * Step 2 of the QLSTM walkthrough: the two extra evaluations of that one circuit, on the
 * same input, with the angle at `+pi/2` and `-pi/2` (one drawing each, the shifted rotation
 * outlined), and their results per qubit beside the unshifted ones.
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { num, shiftText } from './explainFormat';
import { QlstmMiniCircuit } from './QlstmMiniCircuit';
import { angleSymbol } from './qlstmFormat';

/** The drawings and the results table. */
export function QlstmShiftedStep({ x }: { x: QlstmExplainSuccess }) {
  const sym = angleSymbol(x.angle);
  return (
    <>
      <p>
        The circuit is evaluated twice more on the same input u, with only {sym} moved. Nothing else is re-run: the other circuits, the other steps
        and the cell state keep the values of the unshifted run.
      </p>
      <div className="explain-circuits explain-circuits--wide">
        {x.shifted.map((e) => {
          const value = num(e.angle, 4);
          return (
            <figure key={e.shift} className="explain-circuit">
              <QlstmMiniCircuit x={x} shiftLabel={`${sym}${shiftText(e.shift)}`} shiftedValue={value} />
              <figcaption>
                <span className="explain-mono">{sym} {shiftText(e.shift).replace(/^([+\u2212])/, '$1 ')} = {value}</span>
              </figcaption>
            </figure>
          );
        })}
      </div>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Results of the shifted evaluations">
        <table className="teach-table" data-testid="qlstm-shifted">
          <thead>
            <tr>
              <th scope="col">qubit j</th>
              <th scope="col">a<sub>j</sub>({sym})</th>
              {x.shifted.map((e) => <th key={e.shift} scope="col">a<sub>j</sub>({sym}{shiftText(e.shift)})</th>)}
            </tr>
          </thead>
          <tbody>
            {x.outputs.map((a, j) => (
              <tr key={j}>
                <th scope="row">{j}</th>
                <td>{num(a)}</td>
                {x.shifted.map((e) => <td key={e.shift}>{num(e.outputs[j])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
