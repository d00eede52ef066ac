/**
 * The left panel, "Cell": the editor's palette (gates to drag onto the cell, the register's
 * qubit steppers and recurrence), and the parameters the cell binds with their current
 * values (a run's latest once it has reported). Reads the experiment from the store.
 */
import { useLab } from '../store';
import { selectExperiment } from '../store/selectors';
import { Palette } from './editor/Palette';
import { RegisterControls } from './editor/RegisterControls';
import { formatNumber } from '../text/format';
import { selectAnalysis } from '../store/analysisSelectors';
import { ModelKindSwitch } from './qlstmViews/ModelKindSwitch';

/**
 * Says, in words, which parameters cannot learn: none of their gates reaches a readout, so
 * their gradient is zero whatever their value (the worker's analysis finds them).
 */
const NONE: readonly string[] = [];

function UnreachableNote() {
  // A constant for "none": a new array per read would make the store see a change every time.
  const unreachable = useLab((s) => selectAnalysis(s)?.unreachable ?? NONE);
  if (unreachable.length === 0) return null;
  const names = unreachable.map((p) => `“${p}”`).join(', ');
  const one = unreachable.length === 1;
  return (
    <p className="panel-warning" role="status" data-testid="unreachable-note">
      {names} cannot affect the loss: no gate that uses {one ? 'it' : 'them'} reaches a readout, in this step or through the
      hidden wires in a later one, so {one ? 'its' : 'their'} gradient is zero and training leaves {one ? 'it' : 'them'} as{' '}
      {one ? 'it is' : 'they are'}. Connect {one ? 'its wire' : 'their wires'} to a readout wire with a two-wire gate.
    </p>
  );
}

/**
 * The parameters with their values: the experiment's, or, once a run has reported, the run's
 * latest (the values the next Share or Save carries). Only this table follows the reports,
 * so the palette does not re-render while training.
 */
export function ParamTable({ params, frozen }: { params: Readonly<Record<string, number>>; frozen: readonly string[] }) {
  const trained = useLab((s) => s.trainingReport?.params ?? null);
  const epoch = useLab((s) => s.trainingCounters.epoch);
  return (
    <table className="param-table">
      {trained && epoch > 0 && <caption className="card-note">after epoch {epoch}</caption>}
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {Object.keys(params).map((name) => (
          <tr key={name}>
            <th scope="row">
              {name}
              {frozen.includes(name) && <span className="tag">frozen</span>}
            </th>
            <td>{formatNumber(trained && epoch > 0 ? (trained[name] ?? params[name]) : params[name])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The palette, the register controls and the parameters of the current experiment. */
export function CellPanel() {
  const experiment = useLab(selectExperiment);
  if (!experiment) return null;
  const { params, frozen } = experiment;
  return (
    <>
      <section className="panel-section" aria-labelledby="cell-kind-heading">
        <h3 id="cell-kind-heading">Model</h3>
        <ModelKindSwitch />
      </section>
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
        <ParamTable params={params} frozen={frozen} />
        <UnreachableNote />
      </section>
    </>
  );
}
