/**
 * The Explain panel: a side sheet that walks one occurrence through its parameter-shift
 * estimate in six numbered steps (the occurrence and its angle; the shifted circuits; their
 * outputs; the weighted difference; the chain rule; every occurrence summed against the
 * adjoint value), then the common mistake behind a toggle, revealed one part per frame.
 * Every number comes from the worker's `explain` reply in the store. Loaded on demand with
 * KaTeX (`TeachingPanels.tsx`). A QLSTM occurrence opens `QlstmExplainPanel` instead.
 */
import type { Model } from '../../model/types';
import { labStore, useLab } from '../../store';
import { selectModel } from '../../store/selectors';
import { isQlstmTarget } from '../../store/teachingSlice';
import type { ExplainSuccess } from '../../worker/protocol';
import { gateDescription } from '../../text/labels';
import { plural } from '../../text/plural';
import { ChainRuleStep } from './ChainRuleStep';
import { DerivativeStep } from './DerivativeStep';
import { MistakeSection } from './MistakeSection';
import { OccurrenceStep } from './OccurrenceStep';
import { QlstmExplainPanel } from './QlstmExplainPanel';
import { Sheet } from './Sheet';
import { ShiftedCircuits } from './ShiftedCircuits';
import { ShiftedOutputs } from './ShiftedOutputs';
import { StepSection } from './StepSection';
import { SumStep } from './SumStep';
import { useReveal } from './useReveal';

/** The panel, shown while the store has an occurrence to explain: a QLSTM one has its own walkthrough. */
export default function ExplainPanel() {
  const target = useLab((s) => s.explainTarget);
  if (target && isQlstmTarget(target)) return <QlstmExplainPanel target={target} />;
  return <QrnnExplainPanel />;
}

/** The QRNN walkthrough of the store's occurrence. */
function QrnnExplainPanel() {
  const target = useLab((s) => s.explainTarget);
  const status = useLab((s) => s.explainStatus);
  const x = useLab((s) => s.explanation);
  const error = useLab((s) => s.explainError);
  const model = useLab(selectModel);
  if (!target || isQlstmTarget(target) || !model) return null;
  const spec = model.cell[target.gate];
  const title = spec ? `Explain ${gateDescription(spec, model.dataQubits)}, step ${target.step}` : 'Explain';
  const subtitle = x
    ? `How parameter-shift estimates this occurrence’s share of dL/d${x.param}, on sequence ${x.sequence + 1} (${plural(x.steps, 'step')}), with exact expectations.`
    : 'How parameter-shift estimates this occurrence’s share of the gradient.';
  return (
    <Sheet title={title} subtitle={subtitle} onClose={() => labStore.getState().closeExplain()} fallbackFocus="[data-explain-button]" className="sheet--explain" testId="explain-panel">
      {status === 'running' && <p className="explain-status" role="status">Running the shifted executions in the worker…</p>}
      {error && <p className="dialog-problem" role="alert">{error}</p>}
      {x && x.gate === target.gate && x.step === target.step && <Walkthrough x={x} model={model} />}
    </Sheet>
  );
}

/** The six steps and the mistake, revealed one per frame (`useReveal`). */
function Walkthrough({ x, model }: { x: ExplainSuccess; model: Model }) {
  const shown = useReveal(x, 7);
  return (
    <>
      <ol className="explain-steps" aria-busy={shown < 7}>
        <StepSection id="explain-step-occurrence" number={1} title="The occurrence"><OccurrenceStep x={x} model={model} /></StepSection>
        {shown > 1 && <StepSection id="explain-step-circuits" number={2} title={`The ${x.shifted.length} shifted circuits`}><ShiftedCircuits x={x} model={model} /></StepSection>}
        {shown > 2 && <StepSection id="explain-step-outputs" number={3} title="Their outputs, step by step"><ShiftedOutputs x={x} model={model} /></StepSection>}
        {shown > 3 && <StepSection id="explain-step-rule" number={4} title="The weighted difference"><DerivativeStep x={x} /></StepSection>}
        {shown > 4 && <StepSection id="explain-step-chain" number={5} title="The chain rule"><ChainRuleStep x={x} /></StepSection>}
        {shown > 5 && <StepSection id="explain-step-sum" number={6} title={`Every occurrence of ${x.param}`}><SumStep x={x} model={model} /></StepSection>}
      </ol>
      {shown > 6 && <MistakeSection x={x} />}
    </>
  );
}
