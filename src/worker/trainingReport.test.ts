/**
 * Packing a report: only the history not yet sent, `NaN` for a missing loss or target,
 * contributions as columns with a name table, and one buffer per typed array to transfer.
 */
import { describe, expect, it } from 'vitest';
import type { EpochReport } from '../training/trainer';
import { buildReport, type ReportSource } from './trainingReport';

const latest = {
  epoch: 3, trainLoss: 0.2, testLoss: null, circuitExecutions: 10, shots: 0, status: 'ok',
  params: { a: 1, b: 2 }, gradient: { a: 0.1, b: -0.2 },
  occurrences: [
    { param: 'b', gate: 2, step: 0, contribution: -0.05 },
    { param: 'a', gate: 1, step: 0, contribution: 0.04 },
    { param: 'b', gate: 2, step: 1, contribution: -0.15 },
  ],
  outputs: { index: 0, outputs: [[0.1], [0.2], [0.3]], targets: [null, [0.25], [0.5]], inputs: [[0], [1], [2]] },
  cost: { circuitExecutions: 30, shots: 0 },
} satisfies EpochReport;

const source: ReportSource = {
  runId: 7, status: 'running', epochs: 40,
  history: [
    { epoch: 1, trainLoss: 0.4, testLoss: 0.5, circuitExecutions: 10, shots: 0 },
    { epoch: 2, trainLoss: 0.3, testLoss: 0.35, circuitExecutions: 10, shots: 0 },
    { epoch: 3, trainLoss: 0.2, testLoss: null, circuitExecutions: 10, shots: 0 },
  ],
  reported: 1, latest, shown: latest.outputs, params: { a: 1, b: 2 }, cost: { circuitExecutions: 30, shots: 0 }, elapsedMs: 12, threads: 2, message: null, washout: 1,
};

describe('buildReport(source)', () => {
  it('carries the counters of the latest epoch and the history since the last report', () => {
    const { report } = buildReport(source);
    expect(report).toMatchObject({ runId: 7, status: 'running', epoch: 3, epochs: 40, trainLoss: 0.2, testLoss: null, cost: { circuitExecutions: 30, shots: 0 }, threads: 2 });
    expect(report.history.from).toBe(1);
    expect([...report.history.trainLoss]).toEqual([0.3, 0.2]);
    expect([...report.history.testLoss]).toEqual([0.35, NaN]);
    expect([...report.outputs!.targets]).toEqual([NaN, 0.25, 0.5]);
    expect(report.outputs!.washout).toBe(1);
  });

  it('stores contributions as columns over a table of names', () => {
    const { occurrences } = buildReport(source).report;
    expect(occurrences.names).toEqual(['b', 'a']);
    expect([...occurrences.param]).toEqual([0, 1, 0]);
    expect([...occurrences.gate]).toEqual([2, 1, 2]);
    expect([...occurrences.step]).toEqual([0, 0, 1]);
    expect([...occurrences.contribution]).toEqual([-0.05, 0.04, -0.15]);
  });

  it('lists every typed array buffer once, and has no outputs before the first epoch', () => {
    const { transfer } = buildReport(source);
    expect(transfer).toHaveLength(10);
    expect(new Set(transfer).size).toBe(10);
    const empty = buildReport({ ...source, history: [], reported: 0, latest: null, shown: null });
    expect(empty.report.outputs).toBeNull();
    expect(empty.report.trainLoss).toBeNull();
    expect(empty.transfer).toHaveLength(8);
  });
});
