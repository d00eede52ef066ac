/**
 * Step 1 of the walkthrough: the occurrence itself (gate, wire, step, the parameter and its
 * value), its angle `a = c + f·θ·u(x_t)` with the numbers filled in, and which shift rule its
 * gate needs and why.
 */
import type { Model } from '../../model/types';
import type { ExplainSuccess } from '../../worker/protocol';
import { gateDescription } from '../../text/labels';
import { angleTex, inputTex, num } from './explainFormat';
import { Formula } from './Formula';

/** Why the gate takes the rule it takes, in one sentence. */
function ruleReason(x: ExplainSuccess): string {
  if (x.rule === 'two-term') return `${x.gateName} is exp(−i a P/2) with a Pauli P: its generator has the two eigenvalues ±½, so a single pair of shifts by ±π/2 gives the exact derivative (the two-term rule).`;
  return `${x.gateName} is a controlled rotation: its generator has the three eigenvalues 0 and ±½, two frequencies, so it needs two pairs of shifts, ±π/2 and ±3π/2 (the four-term rule of Anselmetti et al. 2021).`;
}

/** The occurrence, its angle and its rule. */
export function OccurrenceStep({ x, model }: { x: ExplainSuccess; model: Model }) {
  const input = inputTex(x.angle, x.step);
  return (
    <>
      <p>
        <strong>{gateDescription(model.cell[x.gate], model.dataQubits)}</strong> at step <strong>t = {x.step}</strong> binds the
        parameter <code>{x.param}</code> = {num(x.angle.theta, 4)} (written θ below). Its angle at this step:
      </p>
      <Formula tex={angleTex(x)} display />
      {input && <Formula tex={input} display />}
      <p className="explain-note">{ruleReason(x)}</p>
    </>
  );
}
