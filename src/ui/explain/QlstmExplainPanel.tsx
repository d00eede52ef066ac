/**
 * The Explain panel for a QLSTM occurrence (docs/spec.md §7): the side sheet walks it through
 * the local parameter-shift rule in six numbered steps, in the QRNN panel's visual language
 * (the occurrence and its circuit's input; the two shifted evaluations of that one circuit;
 * `d a / d angle` by the two-term rule; `dL/da` from the classical LSTM; their products summed
 * to the contribution; every occurrence summed against the adjoint value), then the common
 * mistake behind its toggle and the bias measurement, revealed one part per frame. Every
 * number comes from the worker's replies in the store.
 */
import { labStore, useLab } from '../../store';
import { plural } from '../../text/plural';
import type { QlstmExplainSuccess, QlstmExplainTarget } from '../../worker/teachingProtocol';
import { QlstmBackpropStep } from './QlstmBackpropStep';
import { QlstmBiasSection } from './QlstmBiasSection';
import { QlstmDerivativeStep } from './QlstmDerivativeStep';
import { QlstmMistakeSection } from './QlstmMistakeSection';
import { QlstmOccurrenceStep } from './QlstmOccurrenceStep';
import { QlstmProductStep } from './QlstmProductStep';
import { QlstmShiftedStep } from './QlstmShiftedStep';
import { QlstmSumStep } from './QlstmSumStep';
import { Sheet } from './Sheet';
import { StepSection } from './StepSection';
import { occurrenceText } from './qlstmFormat';
import { useReveal } from './useReveal';

const same = (x: QlstmExplainTarget, at: QlstmExplainTarget) => x.circuit === at.circuit && x.layer === at.layer && x.qubit === at.qubit && x.angle === at.angle && x.step === at.step;

/** The sheet for the QLSTM occurrence `target`. */
export function QlstmExplainPanel({ target }: { target: QlstmExplainTarget }) {
  const status = useLab((s) => s.explainStatus);
  const x = useLab((s) => s.qlstmExplanation);
  const error = useLab((s) => s.explainError);
  const subtitle = x
    ? `How the local parameter-shift rule estimates this occurrence’s share of the gradient of ${x.param}, on sequence ${x.sequence + 1} (${plural(x.steps, 'step')}), with exact expectations.`
    : 'How the local parameter-shift rule estimates this occurrence’s share of the gradient.';
  return (
    <Sheet title={`Explain ${occurrenceText(target)}`} subtitle={subtitle} onClose={() => labStore.getState().closeExplain()} fallbackFocus="[data-explain-button]" className="sheet--explain" testId="explain-panel">
      {status === 'running' && <p className="explain-status" role="status">Running the shifted evaluations in the worker…</p>}
      {error && <p className="dialog-problem" role="alert">{error}</p>}
      {x && same(x, target) && <QlstmWalkthrough x={x} />}
    </Sheet>
  );
}

/** The six steps, the mistake and the bias, revealed one per frame (`useReveal`). */
export function QlstmWalkthrough({ x }: { x: QlstmExplainSuccess }) {
  const shown = useReveal(x, 8);
  return (
    <>
      <ol className="explain-steps" aria-busy={shown < 8}>
        <StepSection id="qlstm-step-occurrence" number={1} title="The occurrence"><QlstmOccurrenceStep x={x} /></StepSection>
        {shown > 1 && <StepSection id="qlstm-step-shifted" number={2} title="Two shifted evaluations of that one circuit"><QlstmShiftedStep x={x} /></StepSection>}
        {shown > 2 && <StepSection id="qlstm-step-rule" number={3} title="The derivative of each result"><QlstmDerivativeStep x={x} /></StepSection>}
        {shown > 3 && <StepSection id="qlstm-step-backprop" number={4} title="The classical part’s pull on each result"><QlstmBackpropStep x={x} /></StepSection>}
        {shown > 4 && <StepSection id="qlstm-step-product" number={5} title="The product, summed over the qubits"><QlstmProductStep x={x} /></StepSection>}
        {shown > 5 && <StepSection id="qlstm-step-sum" number={6} title={`Every occurrence of ${x.param}`}><QlstmSumStep x={x} /></StepSection>}
      </ol>
      {shown > 6 && <QlstmMistakeSection x={x} />}
      {shown > 7 && <QlstmBiasSection x={x} />}
    </>
  );
}
