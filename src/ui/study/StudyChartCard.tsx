/**
 * The study's loss chart with its switches: the x axis (epochs, circuit executions, shots or
 * wall time: a radio group), train or test loss, the log scale and the smoothing of noisy
 * shot-based losses (a moving average, the raw mean faint behind); SVG and PNG downloads of
 * the chart as drawn (`src/ui/export/svgExport.ts`, the current theme's colours inlined).
 */
import { useRef } from 'react';
import { StudyChart } from '../../plots/StudyChart';
import { labStore, STUDY_AXES, useLab, type StudyAxis } from '../../store';
import { standaloneSvg, svgToPng } from '../export/svgExport';
import { downloadBlob, downloadText, fileNameFor } from '../files/download';

const AXIS_WORDS: Record<StudyAxis, string> = { epochs: 'Epochs', executions: 'Circuit executions', shots: 'Shots', seconds: 'Wall time' };

/** The chart's card. */
export function StudyChartCard() {
  const axis = useLab((s) => s.studyAxis);
  const split = useLab((s) => s.studySplit);
  const log = useLab((s) => s.studyLogScale);
  const smoothing = useLab((s) => s.studySmoothing);
  const frame = useRef<HTMLDivElement>(null);
  const picture = () => {
    const svg = frame.current?.querySelector('svg');
    return svg ? standaloneSvg(svg) : null;
  };
  const name = (ext: string) => fileNameFor(labStore.getState().experiment?.name ?? 'study', ext, `loss against ${axis}`);
  const saveSvg = () => {
    const p = picture();
    if (p) downloadText(name('svg'), p.text, 'image/svg+xml');
  };
  const savePng = async () => {
    const p = picture();
    if (p) downloadBlob(name('png'), await svgToPng(p));
  };
  return (
    <section className="study-card" aria-labelledby="study-chart-heading">
      <header className="study-card-header">
        <h3 id="study-chart-heading">Loss of each variant</h3>
        <div className="study-switches">
          <fieldset className="study-switch">
            <legend>x axis</legend>
            {STUDY_AXES.map((a) => (
              <label key={a}>
                <input type="radio" name="study-axis" value={a} checked={axis === a} onChange={() => labStore.getState().setStudyAxis(a)} />
                {AXIS_WORDS[a]}
              </label>
            ))}
          </fieldset>
          <fieldset className="study-switch">
            <legend>loss</legend>
            {(['train', 'test'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="study-split" value={s} checked={split === s} onChange={() => labStore.getState().setStudySplit(s)} />
                {s === 'train' ? 'Train' : 'Test'}
              </label>
            ))}
          </fieldset>
          <label className="study-log">
            <input type="checkbox" checked={log} onChange={(e) => labStore.getState().setStudyLogScale(e.currentTarget.checked)} />
            Log scale
          </label>
          <label className="study-smoothing" title="TensorBoard's moving average, debiased; the unsmoothed mean stays faint behind">
            Smoothing
            <input type="range" min={0} max={0.95} step={0.05} value={smoothing} onChange={(e) => labStore.getState().setStudySmoothing(Number(e.currentTarget.value))} />
            <output>{smoothing.toFixed(2)}</output>
          </label>
        </div>
      </header>
      <div className="chart-frame study-chart-frame" ref={frame}>
        <StudyChart />
      </div>
      <div className="study-downloads">
        <button type="button" className="bar-button" onClick={saveSvg}>Download SVG</button>
        <button type="button" className="bar-button" onClick={() => void savePng()}>Download PNG</button>
      </div>
    </section>
  );
}
