/**
 * The Studies view (docs/spec.md §8, docs/user-guide.md §13): a full-width sheet over the lab
 * that defines a study from the current experiment (variants, seeds, re-initialisation,
 * baselines with their parameter counts beside the QRNN's), runs it on the page's worker
 * pool with a progress row per run and Cancel, draws the loss of every variant (mean over
 * seeds and the spread) against epochs, circuit executions, shots or wall time, and lists
 * the summary with "executions to reach" a loss, with CSV, SVG and PNG downloads. The study
 * is part of the experiment: edits here are edits of the file and of its share link.
 * Loaded on demand (`StudiesMount.tsx`).
 */
import { labStore, useLab } from '../../store';
import { Sheet } from '../explain/Sheet';
import { StudyChartCard } from './StudyChartCard';
import { StudyDefinition } from './StudyDefinition';
import { StudyRunBar } from './StudyRunBar';
import { StudyRunList } from './StudyRunList';
import { StudyTable } from './StudyTable';

/** The view, shown while the store says it is open. */
export default function StudiesView() {
  const name = useLab((s) => s.experiment?.name ?? '');
  const description = useLab((s) => (typeof s.experiment?.description === 'string' ? s.experiment.description : null));
  const hasStudy = useLab((s) => s.experiment?.study !== undefined);
  return (
    <Sheet title="Studies" subtitle={name} onClose={() => labStore.getState().closeStudy()} fallbackFocus="[data-studies-button]" className="sheet--study" testId="studies-view">
      {description && <p className="study-description">{description}</p>}
      <div className="study-layout">
        <section className="study-define" aria-labelledby="study-define-heading">
          <h3 id="study-define-heading">Define</h3>
          <StudyDefinition />
        </section>
        <div className="study-results">
          {hasStudy && <StudyRunBar />}
          {hasStudy && <StudyChartCard />}
          {hasStudy && <StudyTable />}
          {hasStudy && <StudyRunList />}
        </div>
      </div>
    </Sheet>
  );
}
