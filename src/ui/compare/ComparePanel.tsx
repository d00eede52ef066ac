/**
 * The method comparison: a side sheet that estimates the chosen parameter's gradient again
 * and again by parameter-shift, finite differences at several steps and SPSA, at several
 * shot counts, in a worker of its own with a progress bar and Cancel, and draws each
 * configuration's spread against its hardware cost, with the numbers in a table. Loaded on
 * demand (`TeachingPanels.tsx`).
 */
import { ComparisonChart } from '../../plots/ComparisonChart';
import { labStore, useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import { Sheet } from '../explain/Sheet';
import { CompareForm } from './CompareForm';
import { CompareProgress } from './CompareProgress';
import { CompareTable } from './CompareTable';

/** The panel, shown while the store says it is open. */
export default function ComparePanel() {
  const chosen = useLab(selectChosenParam);
  const shown = useLab((s) => s.comparison?.param ?? null);
  const param = shown ?? chosen ?? 'θ';
  return (
    <Sheet
      title={`Compare methods for dL/d${param}`}
      subtitle="Repeated estimates of one gradient with shot noise: how far each method lands from the exact value, and what one estimate costs on hardware."
      onClose={() => labStore.getState().closeCompare()} fallbackFocus="[data-compare-button]" className="sheet--compare" testId="compare-panel"
    >
      <p className="compare-intro">
        Parameter-shift is unbiased and its spread shrinks as 1/√shots, but costs two executions per occurrence. Finite differences cost
        two executions whatever the number of occurrences, but trade bias (large h) against noise divided by h (small h). SPSA perturbs
        every parameter at once for two executions, and pays in cross-talk from the other parameters.
      </p>
      <CompareForm />
      <CompareProgress />
      <div className="chart-frame compare-chart-frame">
        <ComparisonChart />
      </div>
      <CompareTable />
    </Sheet>
  );
}
