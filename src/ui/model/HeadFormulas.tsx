/**
 * The heads as formulas, one per output (`ŷ₀ = s·e₀ + bias`, docs/spec.md §5.3), each with
 * its target when the data name it (Lorenz components, CSV columns). A head of many features
 * (a probabilities readout of four wires gives 16) is shown shortened, its first terms, `…`
 * and its last, with every term one click away ("All 17 terms"), so the panel stays readable.
 */
import { headsOf } from '../../model/outputs';
import type { Experiment, Head } from '../../model/types';
import { formatHead, formatNumber, subscript } from '../../text/format';
import { targetNames } from '../../text/outputNames';

/** Above this many weights a formula is shortened. */
const SHORT_WEIGHTS = 6;

const term = (value: string | number) => (typeof value === 'number' ? formatNumber(value, 2) : value);

/** `ŷ₀ = w·e₀ + w·e₁ + w·e₂ + … + w·e₁₅ + b`: the first three weights, the last, and the bias. */
function shortHead(head: Head, output?: number): string {
  const terms = head.weights.map((w, i) => `${term(w)}·e${subscript(i)}`);
  const shown = [...terms.slice(0, 3), '…', terms[terms.length - 1], term(head.bias)];
  return `ŷ${output === undefined ? '' : subscript(output)} = ${shown.join(' + ')}`;
}

/** The list of formulas. */
export function HeadFormulas({ experiment }: { experiment: Experiment }) {
  const heads = headsOf(experiment.model);
  const names = targetNames(experiment.data, heads.length);
  return (
    <ul className="head-formulas" aria-label="Heads" data-testid="head-formulas">
      {heads.map((head, j) => {
        const output = heads.length > 1 ? j : undefined;
        const target = names && heads.length > 1 && <span className="formula-target"> → {names[j]}</span>;
        if (head.weights.length <= SHORT_WEIGHTS) return <li key={j} className="formula">{formatHead(head, output)}{target}</li>;
        return (
          <li key={j} className="formula">
            <details className="formula-long">
              <summary>{shortHead(head, output)}{target} <span className="formula-more">All {head.weights.length + 1} terms</span></summary>
              <p>{formatHead(head, output)}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
