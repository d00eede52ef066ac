/**
 * Step 3 of the QLSTM walkthrough: the two-term rule, why it is exact for this rotation, and
 * `d a_j / d angle` worked out for every qubit with the numbers of step 2.
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { Formula } from './Formula';
import { angleGate, angleSymbol, derivativeTex, ruleTex } from './qlstmFormat';

/** The rule and each qubit's derivative. */
export function QlstmDerivativeStep({ x }: { x: QlstmExplainSuccess }) {
  const sym = angleSymbol(x.angle);
  const gate = angleGate(x.angle);
  return (
    <>
      <p>
        {gate}({sym}) is exp(−i {sym} {gate === 'RY' ? 'Y' : 'Z'}/2): its generator has the two eigenvalues ±½, so each result a<sub>j</sub> is a
        degree-1 trigonometric polynomial in {sym}, and half the difference of the two evaluations is its exact derivative, with no step size:
      </p>
      <Formula tex={ruleTex(x.angle)} display />
      {x.dadangle.map((_, j) => <Formula key={j} tex={derivativeTex(x, j)} display />)}
    </>
  );
}
