/**
 * The side panels' content for a QLSTM (docs/spec.md §7): on the left the model-kind switch,
 * the sizes and the parameters (the QRNN's palette and register have no QLSTM meaning); on
 * the right, under Model, the head over `VQC_y`'s values and the loss.
 */
import { useLab } from '../../store';
import { selectCellLocked } from '../../store/classroomSlice';
import { selectQlstm } from '../../store/selectors';
import { formatNumber } from '../../text/format';
import { ParamTable } from '../CellPanel';
import { LossSection } from '../ModelPanel';
import { ModelKindSwitch } from './ModelKindSwitch';
import { QlstmSizeControls } from './QlstmSizeControls';

/** The left panel. */
export function QlstmCellPanel() {
  const experiment = useLab(selectQlstm);
  const locked = useLab(selectCellLocked);
  if (!experiment) return null;
  return (
    <>
      <section className="panel-section" aria-labelledby="qlstm-kind-heading">
        <h3 id="qlstm-kind-heading">Model</h3>
        <ModelKindSwitch disabled={locked} />
      </section>
      <section className="panel-section" aria-labelledby="qlstm-sizes-heading">
        <h3 id="qlstm-sizes-heading">Sizes</h3>
        <QlstmSizeControls disabled={locked} />
      </section>
      <section className="panel-section" aria-labelledby="qlstm-params-heading">
        <h3 id="qlstm-params-heading">Parameters</h3>
        {/* 18 L n angles and the head: folded, so on a tablet or phone the cell and timeline stay near the top. */}
        <details className="qlstm-params">
          <summary>{Object.keys(experiment.params).length} values</summary>
          <ParamTable params={experiment.params} frozen={experiment.frozen} />
        </details>
      </section>
    </>
  );
}

/** The right panel's Model section. */
export function QlstmModelPanel() {
  const experiment = useLab(selectQlstm);
  // A run's latest values once it has reported, as the Parameters table shows them.
  const trained = useLab((s) => (s.trainingCounters.epoch > 0 ? s.trainingReport?.params ?? null : null));
  if (!experiment) return null;
  const { model } = experiment;
  const params = trained ?? experiment.params;
  const heads = [model.head].flat();
  const n = model.inputSize + model.hiddenSize;
  const term = (w: string | number, j: number) => `${typeof w === 'string' ? `${w} (${formatNumber(params[w], 3)})` : formatNumber(w, 3)}·e${j}`;
  return (
    <>
      <section className="panel-section" aria-labelledby="qlstm-model-heading">
        <h3 id="qlstm-model-heading">QLSTM</h3>
        <dl className="facts">
          <div><dt>Input qubits</dt><dd>{model.inputSize}</dd></div>
          <div><dt>Hidden qubits</dt><dd>{model.hiddenSize}</dd></div>
          <div><dt>Qubits per circuit</dt><dd>{n}</dd></div>
          <div><dt>Layers</dt><dd>{model.layers}</dd></div>
        </dl>
        <p className="note">Memory c<sub>t</sub> is classical: the circuits are pure states, measured as ⟨Z<sub>j</sub>⟩ on every qubit.</p>
      </section>
      <section className="panel-section" aria-labelledby="qlstm-head-heading">
        <h3 id="qlstm-head-heading">Head</h3>
        {heads.map((h, m) => (
          <p key={m} className="head-formula" data-testid="qlstm-head">
            ŷ{heads.length > 1 ? <sub>{m}</sub> : null} = {h.weights.map(term).join(' + ')} + {typeof h.bias === 'string' ? `${h.bias} (${formatNumber(params[h.bias], 3)})` : formatNumber(h.bias, 3)}
          </p>
        ))}
        <p className="note">e = ⟨Z⟩ of VQC<sub>y</sub>(m<sub>t</sub>), one value per qubit.</p>
      </section>
      <LossSection />
    </>
  );
}
