/**
 * Step 2 of the walkthrough: the shifted executions, one small drawing each (two for the
 * two-term rule, four for the four-term rule), with the shifted angle and the weight the
 * rule gives that execution.
 */
import type { Model } from '../../model/types';
import type { ExplainSuccess } from '../../worker/protocol';
import { num, shiftText, weightText } from './explainFormat';
import { MiniCircuit } from './MiniCircuit';

/** The drawings, side by side. */
export function ShiftedCircuits({ x, model }: { x: ExplainSuccess; model: Model }) {
  return (
    <>
      <p>
        The whole sequence runs again {x.shifted.length} times. Each time only this occurrence’s angle moves; every other gate, every
        other step, the other occurrences of <code>{x.param}</code>, the measurements and the resets stay exactly as they were.
      </p>
      <div className="explain-circuits">
        {x.shifted.map((run) => {
          const value = num(x.angle.value + run.shift, 4);
          return (
            <figure key={run.shift} className="explain-circuit">
              <MiniCircuit model={model} gate={x.gate} step={x.step} shiftLabel={`a${shiftText(run.shift)}`} shiftedValue={value} />
              <figcaption>
                <span className="explain-mono">step {x.step}: a {shiftText(run.shift).replace(/^([+\u2212])/, '$1 ')} = {value}</span>
                <span className="explain-weight">weight {weightText(x.rule, run.weight)}</span>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </>
  );
}
