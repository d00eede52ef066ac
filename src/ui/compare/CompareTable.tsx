/**
 * The comparison's numbers, one row per configuration: method, step h, shots per
 * expectation, the mean estimate, its bias, spread and root mean squared error against the
 * exact value, and what one estimate costs on hardware (circuit executions and shots). The
 * statistics are the page's own (`src/plots/comparisonChartStats.ts`), defined under the
 * table so that the numbers shown satisfy rmse² = bias² + std².
 */
import { useId } from 'react';
import { SPREAD_DEFINITIONS, withSpreads } from '../../plots/comparisonChartStats';
import { useLab } from '../../store';
import { formatCount, formatFixed } from '../../text/format';
import { plural } from '../../text/plural';

const METHOD = { 'parameter-shift': 'parameter-shift', 'finite-difference': 'finite diff.', spsa: 'SPSA' } as const;

/** The table, or nothing before a result. */
export function CompareTable() {
  const reply = useLab((s) => s.comparison);
  const id = useId();
  if (!reply) return null;
  const c = withSpreads(reply);
  return (
    <>
      <div className="teach-table-frame compare-table-frame" tabIndex={0} role="region" aria-label="The comparison in numbers">
        <table className="teach-table compare-table" data-testid="compare-table" aria-describedby={id}>
          <caption>dL/d{c.param}: {plural(c.repeats, 'estimate')} per configuration; exact (adjoint) {formatFixed(c.exact, 6)}</caption>
          <thead>
            <tr>
              <th scope="col">method</th><th scope="col">h</th><th scope="col">shots</th><th scope="col">mean</th>
              <th scope="col">bias</th><th scope="col">std</th><th scope="col">rmse</th>
              <th scope="col">executions</th><th scope="col">shots / estimate</th>
            </tr>
          </thead>
          <tbody>
            {c.points.map((p, i) => (
              <tr key={i} className={`cmp-row cmp--${p.method}`}>
                <th scope="row"><span className="cmp-swatch" aria-hidden="true" />{METHOD[p.method]}</th>
                <td>{p.h ?? '—'}</td>
                <td>{formatCount(p.shots)}</td>
                <td>{formatFixed(p.mean, 4)}</td>
                <td>{formatFixed(p.bias, 4)}</td>
                <td>{formatFixed(p.std, 4)}</td>
                <td>{formatFixed(p.rmse, 4)}</td>
                <td>{formatCount(p.circuitExecutions)}</td>
                <td>{formatCount(p.totalShots)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={id} className="note compare-definitions">{SPREAD_DEFINITIONS}</p>
    </>
  );
}
