/**
 * The heads as formulas, one per output (`ŷ₀ = s·e₀ + bias`, docs/spec.md §5.3), each with
 * its target when the data name it (Lorenz components, CSV columns). A long head (a
 * probabilities readout of four wires gives 16 features) wraps between its terms.
 */
import { headsOf } from '../../model/outputs';
import type { Experiment } from '../../model/types';
import { formatHead } from '../../text/format';
import { targetNames } from '../../text/outputNames';

/** The list of formulas. */
export function HeadFormulas({ experiment }: { experiment: Experiment }) {
  const heads = headsOf(experiment.model);
  const names = targetNames(experiment.data, heads.length);
  return (
    <ul className="head-formulas" aria-label="Heads" data-testid="head-formulas">
      {heads.map((head, j) => (
        <li key={j} className="formula">
          {formatHead(head, heads.length > 1 ? j : undefined)}
          {names && heads.length > 1 && <span className="formula-target"> → {names[j]}</span>}
        </li>
      ))}
    </ul>
  );
}
