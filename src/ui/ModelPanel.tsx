/**
 * The right panel, "Model": the recurrence, the registers, the readouts and heads (editable:
 * `src/ui/model`), the loss and the latest simulation's numbers. Reads the store.
 */
import { useLab } from '../store';
import { selectCellLocked } from '../store/classroomSlice';
import { selectExperiment, selectLoss, selectStepCount, selectQrnn } from '../store/selectors';
import { formatNumber } from '../text/format';
import { plural } from '../text/plural';
import { HeadFormulas } from './model/HeadFormulas';
import { OutputsControl } from './model/OutputsControl';
import { ReadoutList } from './model/ReadoutList';
import './model/model.css';

const RECURRENCE_NOTE = {
  'measure-reset': 'Data qubits are measured and reset after every step; the hidden qubits carry the memory.',
  coherent: 'No measurement between steps; the whole register evolves coherently.',
} as const;

/** Describes the current model and its latest simulation. */
export function ModelPanel() {
  const experiment = useLab(selectQrnn);
  const locked = useLab(selectCellLocked);
  if (!experiment) return null;
  const { model } = experiment;
  return (
    <>
      <section className="panel-section" aria-labelledby="model-recurrence-heading">
        <h3 id="model-recurrence-heading">Recurrence</h3>
        <p className="recurrence-name">{model.recurrence}</p>
        <p className="note">{RECURRENCE_NOTE[model.recurrence]}</p>
      </section>
      <section className="panel-section" aria-labelledby="model-register-heading">
        <h3 id="model-register-heading">Qubits</h3>
        <dl className="facts">
          <div><dt><span className="swatch swatch--data" aria-hidden="true" />Data</dt><dd>{model.dataQubits}</dd></div>
          <div><dt><span className="swatch swatch--hidden" aria-hidden="true" />Hidden</dt><dd>{model.hiddenQubits}</dd></div>
          <div><dt>Total</dt><dd>{model.dataQubits + model.hiddenQubits}</dd></div>
        </dl>
      </section>
      <section className="panel-section" aria-labelledby="model-readout-heading">
        <h3 id="model-readout-heading">Readout and head</h3>
        <ReadoutList model={model} disabled={locked} />
        <OutputsControl experiment={experiment} disabled={locked} />
        <HeadFormulas experiment={experiment} />
      </section>
      <LossSection />
    </>
  );
}

/** The loss, its washout and the latest simulation's value: the same for either model kind. */
export function LossSection() {
  const experiment = useLab(selectExperiment);
  const loss = useLab(selectLoss);
  const steps = useLab(selectStepCount);
  if (!experiment) return null;
  return (
    <section className="panel-section" aria-labelledby="model-loss-heading">
      <h3 id="model-loss-heading">Loss</h3>
      <dl className="facts">
        <div><dt>Kind</dt><dd>{experiment.loss.kind === 'mse' ? 'mean squared error' : experiment.loss.kind}</dd></div>
        <div><dt>Washout</dt><dd>{plural(experiment.loss.washout, 'step')}</dd></div>
        <div><dt>Steps simulated</dt><dd>{steps}</dd></div>
        <div className="facts-key"><dt>Loss</dt><dd data-testid="loss-value">{formatNumber(loss, 4)}</dd></div>
      </dl>
    </section>
  );
}
