/**
 * The hidden register without WebGL: says so, and lists every hidden wire's Bloch vector, its
 * length |r| and the purity (1 + |r|²)/2 after every step as a table, the chosen step's row marked.
 */
import { blochRow } from './blochText';

interface Props {
  bloch: Float64Array;
  steps: number;
  wires: number;
  step: number;
}

/** The numeric view. */
export function BlochFallback({ bloch, steps, wires, step }: Props) {
  return (
    <div className="bloch-fallback" data-testid="bloch-fallback">
      <p className="note">This browser cannot draw WebGL, so the Bloch vectors are listed as numbers: (x, y, z) of each hidden wire after each step, its length |r| (1 for a pure state) and the purity (1 + |r|²)/2.</p>
      <div className="bloch-table-frame">
        <table className="bloch-table">
          <thead>
            <tr>
              <th scope="col">step</th>
              {Array.from({ length: wires }, (_, k) => [
                <th key={`v${k}`} scope="col">h{k} (x, y, z)</th>,
                <th key={`r${k}`} scope="col">|r|</th>,
                <th key={`p${k}`} scope="col">purity</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: steps }, (_, t) => (
              <tr key={t} className={t === step ? 'is-chosen' : undefined} aria-current={t === step ? 'step' : undefined}>
                {blochRow(bloch, wires, t).map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
