/**
 * The study's summary table: per variant and baseline, its trained parameters, final train
 * and test loss (mean ± population std over seeds), the mean circuit executions and shots a
 * run spent, and "executions to reach" the loss typed above the table (mean over the runs
 * that reach it, with how many did; a dash until a loss is typed). Download CSV writes the
 * same rows (`studyTable.ts`). Pointing at a row lights its curve, and pointing at a curve
 * lights its row.
 */
import { useId, useState } from 'react';
import { labStore, useLab } from '../../store';
import { downloadText, fileNameFor } from '../files/download';
import { formatMeanCount, formatMeanStd } from './studyFormat';
import { studyCsv, studyTableRows } from './studyTable';

/** The table, with the level field and the CSV download; nothing before any run ended. */
export function StudyTable() {
  const outcome = useLab((s) => s.studyOutcome);
  const level = useLab((s) => s.studyLevel);
  const allRuns = useLab((s) => s.studyRuns);
  const highlight = useLab((s) => s.studyHighlight);
  const [text, setText] = useState(level === null ? '' : String(level));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  if (!outcome) return null;
  const rows = studyTableRows(outcome, level);
  // The chart numbers its groups in the order of all the runs (the plan's), so a swatch matches its curve even after a cancel.
  const groups = [...new Set(allRuns.map((r) => `${r.kind}\u0000${r.variant}`))];
  const swatch = (kind: string, variant: string) => `study-c${Math.max(0, groups.indexOf(`${kind}\u0000${variant}`)) % 8}`;
  const commitLevel = () => {
    const trimmed = text.trim();
    if (trimmed === '') { setProblem(null); labStore.getState().setStudyLevel(null); return; }
    const v = Number(trimmed);
    if (!(v > 0) || !Number.isFinite(v)) { setProblem(`“${trimmed}” is not a positive loss, like 0.01.`); return; }
    setProblem(null);
    labStore.getState().setStudyLevel(v);
  };
  const download = () => downloadText(fileNameFor(labStore.getState().experiment?.name ?? 'study', 'csv', 'summary'), studyCsv(rows, level), 'text/csv');
  return (
    <section className="study-card" aria-labelledby={`${id}-heading`}>
      <header className="study-card-header">
        <h3 id={`${id}-heading`}>Summary</h3>
        <form className="study-level" onSubmit={(e) => { e.preventDefault(); commitLevel(); }}>
          <label>
            {/* The example is part of the label, so it stays in view while the user types. */}
            <span>Executions to reach train loss (e.g. 0.01)</span>
            <input value={text} onChange={(e) => setText(e.currentTarget.value)} onBlur={commitLevel} inputMode="decimal" spellCheck={false}
              aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
          </label>
        </form>
        <button type="button" className="bar-button" onClick={download}>Download CSV</button>
      </header>
      {problem && <p id={`${id}-problem`} className="dialog-problem" role="alert">{problem}</p>}
      <div className="teach-table-frame study-table-frame" tabIndex={0} role="region" aria-label="The study in numbers">
        <table className="teach-table study-table" data-testid="study-table">
          <caption>Final losses are the mean ± population standard deviation over seeds; executions and shots are the mean a run spent.</caption>
          <thead>
            <tr>
              <th scope="col">variant</th><th scope="col">kind</th><th scope="col">parameters</th><th scope="col">runs</th>
              <th scope="col">final train loss</th><th scope="col">final test loss</th><th scope="col">executions</th><th scope="col">shots</th>
              <th scope="col">{level === null ? 'executions to reach' : `executions to reach ${level}`}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.kind}-${r.variant}`} className={highlight === `${r.kind}:${r.variant}` ? 'is-highlighted' : undefined}
                onPointerEnter={() => labStore.getState().setStudyHighlight(`${r.kind}:${r.variant}`)} onPointerLeave={() => labStore.getState().setStudyHighlight(null)}
              >
                <th scope="row"><span className={`study-swatch ${swatch(r.kind, r.variant)}`} aria-hidden="true" />{r.variant}</th>
                <td>{r.kind}</td>
                <td>{r.parameters}</td>
                <td>{r.runs}</td>
                <td>{formatMeanStd(r.finalTrainLoss)}</td>
                <td>{formatMeanStd(r.finalTestLoss)}</td>
                <td>{formatMeanCount(r.circuitExecutions)}</td>
                <td>{formatMeanCount(r.shots)}</td>
                <td>{r.reach === null ? '—' : r.reach.reached === 0 ? 'not reached' : `${formatMeanCount(r.reach.mean)} (${r.reach.reached} of ${r.runs})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
