/**
 * The comparison's numbers, one row per configuration: method, step h, shots per
 * expectation, the mean estimate, its bias, spread and root mean squared error against the
 * exact value, and what one estimate costs on hardware (circuit executions and shots).
 */
import { useLab } from '../../store';
import { formatCount } from '../../text/format';
import { num } from '../explain/explainFormat';

const METHOD = { 'parameter-shift': 'parameter-shift', 'finite-difference': 'finite diff.', spsa: 'SPSA' } as const;

/** The table, or nothing before a result. */
export function CompareTable() {
  const c = useLab((s) => s.comparison);
  if (!c) return null;
  return (
    <div className="teach-table-frame compare-table-frame" tabIndex={0} role="region" aria-label="The comparison in numbers">
      <table className="teach-table compare-table" data-testid="compare-table">
        <caption>dL/d{c.param}: {c.repeats} estimates per configuration; exact (adjoint) {num(c.exact)}</caption>
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
              <td>{num(p.mean, 4)}</td>
              <td>{num(p.bias, 4)}</td>
              <td>{num(p.std, 4)}</td>
              <td>{num(p.rmse, 4)}</td>
              <td>{formatCount(p.circuitExecutions)}</td>
              <td>{formatCount(p.totalShots)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
