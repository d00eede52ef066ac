/**
 * The Studies view's table and CSV: rows in the summary's order with the runs they are over;
 * "executions to reach" as the mean over the runs that reach the level; the CSV's columns
 * are the summary's fields, numbers as JSON writes them, names with commas quoted.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../worker/studyPool';
import type { StudyRunResult } from '../../worker/protocol';
import { csvHeader, studyCsv, studyTableRows } from './studyTable';

const run = (variant: string, seed: number, losses: number[], executions: number, kind: StudyRunResult['kind'] = 'qrnn'): StudyRunResult => ({
  variant, kind, seed, parameters: kind === 'qrnn' ? 7 : 13, status: 'finished',
  history: losses.map((l, i) => ({ epoch: i + 1, trainLoss: l, testLoss: l / 3, circuitExecutions: executions, shots: executions * 1000, seconds: i })),
});

const runs = [
  run('parameter-shift, 1000 shots', 1, [0.5, 0.1, 0.01], 100),
  run('parameter-shift, 1000 shots', 2, [0.5, 0.3, 0.2], 100),
  run('lstm', 1, [0.4, 0.2, 0.05], 0, 'lstm'),
];
const outcome = { runs, summary: summarize(runs) };

describe('studyTableRows(outcome, level)', () => {
  it('keeps the summary and adds the runs and the executions to reach the level over the runs that reach it', () => {
    const rows = studyTableRows(outcome, 0.2);
    expect(rows.map((r) => [r.variant, r.runs, r.reach])).toEqual([
      ['parameter-shift, 1000 shots', 2, { mean: 250, reached: 2 }],
      ['lstm', 1, { mean: 0, reached: 1 }],
    ]);
    expect(rows[0].finalTrainLoss).toEqual(outcome.summary[0].finalTrainLoss);
    expect(studyTableRows(outcome, 0.001)[0].reach).toEqual({ mean: null, reached: 0 });
    expect(studyTableRows(outcome, null)[0].reach).toBeNull();
  });
});

describe('studyCsv(rows, level)', () => {
  it('writes the summary fields with full precision, quotes names with commas, and adds the level columns when asked', () => {
    const csv = studyCsv(studyTableRows(outcome, null), null);
    const [head, first, second] = csv.trimEnd().split('\r\n');
    expect(head).toBe(csvHeader(null).join(','));
    expect(first).toBe(`"parameter-shift, 1000 shots",qrnn,7,${outcome.summary[0].finalTrainLoss.mean},${outcome.summary[0].finalTrainLoss.std},${outcome.summary[0].finalTestLoss.mean},${outcome.summary[0].finalTestLoss.std},300,300000,2`);
    expect(second.startsWith('lstm,lstm,13,0.05,0,')).toBe(true);
    expect(Number(first.split(',')[4])).toBe(outcome.summary[0].finalTrainLoss.mean);
    const withLevel = studyCsv(studyTableRows(outcome, 0.001), 0.001).split('\r\n');
    expect(withLevel[0].endsWith(',runs,executionsToReach(0.001),runsReaching')).toBe(true);
    expect(withLevel[1].endsWith(',2,,0')).toBe(true);
  });
});
