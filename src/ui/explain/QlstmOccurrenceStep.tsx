/**
 * Step 1 of the QLSTM walkthrough: the occurrence (which angle of which qubit, layer and
 * circuit, at which step, its parameter and value), and the circuit's input `u` at that
 * step with where each wire comes from and its two encoding angles.
 */
import { plural } from '../../text/plural';
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { num } from './explainFormat';
import { Formula } from './Formula';
import { CircuitName, InputSource } from './QlstmNames';
import { angleGate, angleSymbol, inputTex, readsGateInput } from './qlstmFormat';

/** The occurrence and its circuit's input. */
export function QlstmOccurrenceStep({ x }: { x: QlstmExplainSuccess }) {
  const sym = angleSymbol(x.angle);
  return (
    <>
      <p>
        The angle <strong>{sym}</strong> of <strong>qubit {x.qubit}</strong> in <strong>layer {x.layer}</strong> of the{' '}
        <strong><CircuitName k={x.circuit} /></strong> at step <strong>t = {x.step}</strong>: the rotation {angleGate(x.angle)}({sym}) with{' '}
        {sym} = <code>{x.param}</code> = {num(x.value, 4)}. The same parameter sits in this circuit’s evaluation at every step, so it has{' '}
        {plural(x.steps, 'occurrence')}.
      </p>
      <p>
        At this step the circuit reads {readsGateInput(x.circuit) ? 'the data and the previous hidden state' : 'mₜ, what the gates let out of the cell'},
        encoded on each qubit by H, RY(arctan u<sub>j</sub>) and RZ(arctan u<sub>j</sub>²):
      </p>
      <Formula tex={inputTex(x)} display />
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="The circuit’s input at this step">
        <table className="teach-table" data-testid="qlstm-input">
          <thead>
            <tr>
              <th scope="col">qubit j</th>
              <th scope="col">from</th>
              <th scope="col">u<sub>j</sub></th>
              <th scope="col">arctan u<sub>j</sub></th>
              <th scope="col">arctan u<sub>j</sub>²</th>
            </tr>
          </thead>
          <tbody>
            {x.input.map((u, j) => (
              <tr key={j} className={j === x.qubit ? 'is-here' : undefined}>
                <th scope="row">{j}</th>
                <td><InputSource x={x} j={j} /></td>
                <td>{num(u)}</td>
                <td>{num(x.encoding.ry[j])}</td>
                <td>{num(x.encoding.rz[j])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="explain-note">
        Each evaluation of a circuit is its own execution and the memory (cₜ, hₜ) is classical: moving this angle at this step changes this one
        evaluation’s {x.outputs.length} results a<sub>j</sub> = ⟨Z<sub>j</sub>⟩, and reaches the loss only through them.
      </p>
    </>
  );
}
