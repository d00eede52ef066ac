/**
 * The Studies view's table and its CSV (docs/user-guide.md §13): one row per variant and per
 * baseline, in the summary's order, with the summary `qrnn study --json` prints (parameters,
 * final train and test loss as mean and population std over seeds, mean circuit executions
 * and shots per run), the runs it is over, and "executions to reach" a loss the user types:
 * the mean, over the runs that reach it, of the circuit executions spent when the train loss
 * first falls to that level.
 *
 * The CSV's first nine columns are the summary's fields in its order, numbers written as
 * JavaScript writes them (the shortest text that reads back to the same double, as
 * `JSON.stringify` does), so a CSV row equals the command line's summary entry.
 */
import { executionsToReach } from '../../worker/studyPool';
import type { StudyOutcome, StudyRunResult, StudySummaryRow } from '../../worker/protocol';

/** A row of the table: the summary's, the runs it is over, and the executions to reach the level. */
export interface StudyTableRow extends StudySummaryRow {
  runs: number;
  /** Over the runs that reach the level; `null` when no level is asked. */
  reach: { mean: number | null; reached: number } | null;
}

const groupKey = (r: Pick<StudyRunResult, 'kind' | 'variant'>) => `${r.kind}\u0000${r.variant}`;

/** The table's rows for `outcome`, with "executions to reach" `level` (none when `null`). */
export function studyTableRows(outcome: StudyOutcome, level: number | null): StudyTableRow[] {
  return outcome.summary.map((row) => {
    const runs = outcome.runs.filter((r) => groupKey(r) === groupKey(row));
    let reach: StudyTableRow['reach'] = null;
    if (level !== null) {
      const spent = runs.map((r) => executionsToReach(r, level)).filter((v): v is number => v !== null);
      reach = { mean: spent.length > 0 ? spent.reduce((s, v) => s + v, 0) / spent.length : null, reached: spent.length };
    }
    return { ...row, runs: runs.length, reach };
  });
}

/** The CSV header: the summary's fields (dotted for the mean and std), then `runs`, then the level's columns. */
export function csvHeader(level: number | null): string[] {
  const head = ['variant', 'kind', 'parameters', 'finalTrainLoss.mean', 'finalTrainLoss.std', 'finalTestLoss.mean', 'finalTestLoss.std', 'circuitExecutions', 'shots', 'runs'];
  return level === null ? head : [...head, `executionsToReach(${level})`, 'runsReaching'];
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; a missing number is empty. */
function field(v: string | number | null): string {
  if (v === null) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text, with a header line; lines end in CRLF (RFC 4180). */
export function studyCsv(rows: readonly StudyTableRow[], level: number | null): string {
  const lines = [csvHeader(level).join(',')];
  for (const r of rows) {
    const cells: (string | number | null)[] = [
      r.variant, r.kind, r.parameters, r.finalTrainLoss.mean, r.finalTrainLoss.std, r.finalTestLoss.mean, r.finalTestLoss.std, r.circuitExecutions, r.shots, r.runs,
    ];
    if (level !== null) cells.push(r.reach?.mean ?? null, r.reach?.reached ?? 0);
    lines.push(cells.map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
