/**
 * Step 3 of the walkthrough: the per-step outputs `yhat_s` of every shifted execution beside
 * the unshifted ones. Steps before the occurrence come out the same in every execution (the
 * shift acts from step t on), so they are drawn faint. What carries the shift on depends on
 * the model (`carryText`): its hidden register, its whole register, or nothing.
 */
import type { Model } from '../../model/types';
import type { ExplainSuccess } from '../../worker/protocol';
import { carryText, nums, outputsOf, shiftText } from './explainFormat';

/** The outputs table, scrollable when the sequence is long. */
export function ShiftedOutputs({ x, model }: { x: ExplainSuccess; model: Model }) {
  return (
    <>
      <p>Their outputs ŷ<sub>s</sub> at every step s{outputsOf(x) > 1 ? ` (each cell lists the ${outputsOf(x)} outputs in order)` : ''}. {carryText(model, x.step)}</p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Outputs of the shifted executions">
        <table className="teach-table" data-testid="explain-outputs">
          <thead>
            <tr>
              <th scope="col">s</th>
              <th scope="col">target y<sub>s</sub></th>
              <th scope="col">ŷ<sub>s</sub>(a)</th>
              {x.shifted.map((run) => <th key={run.shift} scope="col">ŷ<sub>s</sub>(a{shiftText(run.shift)})</th>)}
            </tr>
          </thead>
          <tbody>
            {x.outputs.map((y, s) => (
              <tr key={s} className={s < x.step ? 'is-before' : s === x.step ? 'is-here' : undefined}>
                <th scope="row">{s}</th>
                <td>{x.targets[s] === null || x.dLdy[s].every((g) => g === 0) ? <span className="explain-faint">not scored</span> : nums(x.targets[s] as number[], 4)}</td>
                <td>{nums(y)}</td>
                {x.shifted.map((run) => <td key={run.shift}>{nums(run.outputs[s])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
