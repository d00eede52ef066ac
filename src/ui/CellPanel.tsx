/**
 * The left panel, "Cell": the editor's palette (gates to drag onto the cell, the register's
 * qubit steppers and recurrence), and the parameters the cell binds with their current
 * values. Reads the experiment from the store.
 */
import { useLab } from '../store';
import { selectExperiment } from '../store/selectors';
import { Palette } from './editor/Palette';
import { RegisterControls } from './editor/RegisterControls';
import { formatNumber } from './format';

/** The palette, the register controls and the parameters of the current experiment. */
export function CellPanel() {
  const experiment = useLab(selectExperiment);
  if (!experiment) return null;
  const { params, frozen } = experiment;
  const names = Object.keys(params);
  return (
    <>
      <section className="panel-section" aria-labelledby="cell-gates-heading">
        <h3 id="cell-gates-heading">Gates</h3>
        <Palette />
      </section>
      <section className="panel-section" aria-labelledby="cell-register-heading">
        <h3 id="cell-register-heading">Register</h3>
        <RegisterControls />
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
