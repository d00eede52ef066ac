/**
 * The left panel, "Cell": the cell's gates in application order, and the parameters they
 * bind with their current values. Reads the experiment from the store.
 */
import { useLab } from '../store';
import { selectExperiment } from '../store/selectors';
import { gateLabel, isControlled, wireName } from './editor/labels';
import { formatNumber } from './format';

/** Lists the gates and parameters of the current experiment. */
export function CellPanel() {
  const experiment = useLab(selectExperiment);
  if (!experiment) return null;
  const { model, params, frozen } = experiment;
  const names = Object.keys(params);
  return (
    <>
      <section className="panel-section" aria-labelledby="cell-gates-heading">
        <h3 id="cell-gates-heading">Gates, in order</h3>
        <ol className="gate-list">
          {model.cell.map((gate, i) => (
            <li key={i}>
              <span className="gate-list-label">{gateLabel(gate)}</span>
              <span className="gate-list-wires">{gate.wires.map((w) => wireName(w, model.dataQubits)).join(isControlled(gate) ? ' → ' : ', ')}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="panel-section" aria-labelledby="cell-params-heading">
        <h3 id="cell-params-heading">Parameters</h3>
        <table className="param-table">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name}>
                <th scope="row">
                  {name}
                  {frozen.includes(name) && <span className="tag">frozen</span>}
                </th>
                <td>{formatNumber(params[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
