/**
 * The "Timeline" card under the cell: the cell unrolled over the current sequence, the
 * parameter picker, the zoom buttons, the legend of the contribution colours and the
 * "Explain this occurrence" button, and a note on where the contributions come from (the
 * exact analysis of one sequence, or the live training batch).
 */
import { useState } from 'react';
import { useLab, type OccurrenceRef } from '../../store';
import { selectAnalysisError, selectContributionSource } from '../../store/analysisSelectors';
import { ExplainButton } from '../explain/ExplainButton';
import { ContributionLegend } from '../../plots/ContributionLegend';
import { ParamPicker } from './ParamPicker';
import { Timeline } from './Timeline';
import { ZoomButtons } from './ZoomButtons';
import { useTimelineData } from './useTimelineData';
import './timeline.css';

const SOURCE_NOTE = {
  training: 'Contributions of the latest training batch, live.',
  analysis: 'Exact (adjoint) contributions on the first window.',
} as const;

const DEFERRED_NOTE = 'Contributions not computed yet at this size: ask for them under Gradients.';

/** The card; reads everything from the store. */
export function TimelineCard() {
  const source = useLab(selectContributionSource);
  const error = useLab(selectAnalysisError);
  const deferred = useLab((s) => source === 'analysis' && s.analysis?.contributionsDeferred != null);
  const [rover, setRover] = useState<OccurrenceRef | null>(null);
  const data = useTimelineData(rover);
  return (
    <section className="card card--timeline" aria-labelledby="timeline-heading" data-panel="timeline">
      <header className="card-header tl-header">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="card-note">{error ?? (deferred ? DEFERRED_NOTE : source ? SOURCE_NOTE[source] : 'Computing contributions…')}</p>
        <div className="tl-tools">
          <ParamPicker />
          <ContributionLegend extent={data.extent} />
          <ZoomButtons />
          <ExplainButton />
        </div>
      </header>
      <Timeline data={data} onRove={setRover} />
    </section>
  );
}
