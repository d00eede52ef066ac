/**
 * The summary of a study (docs/spec.md §8): per variant and per baseline, the parameter count,
 * the mean and population standard deviation over seeds of the final train and test loss, and
 * the mean total circuit executions and shots. Also "executions to reach": the first point of
 * each run's history where the train loss falls to a level, averaged over the runs that reach
 * it, for the table's "executions to reach" column.
 */
import type { StudyRunResult } from './runJob';

export interface MeanStd {
  mean: number | null;
  std: number | null;
}

export interface StudySummaryRow {
  variant: string;
  kind: StudyRunResult['kind'];
  parameters: number;
  finalTrainLoss: MeanStd;
  finalTestLoss: MeanStd;
  circuitExecutions: number;
  shots: number;
}

/** Mean and population standard deviation of the numbers present, `null`s when there are none. */
export function meanStd(values: readonly (number | null)[]): MeanStd {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return { mean: null, std: null };
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / xs.length;
  return { mean, std: Math.sqrt(variance) };
}

/** One row per variant, then per baseline, in the order the runs came. */
export function summarize(runs: readonly StudyRunResult[]): StudySummaryRow[] {
  const groups = new Map<string, StudyRunResult[]>();
  for (const run of runs) {
    const key = `${run.kind}\u0000${run.variant}`;
    if (!groups.has(key)) groups.set(key, []);
    (groups.get(key) as StudyRunResult[]).push(run);
  }
  return [...groups.values()].map((group) => {
    const last = group.map((r) => r.history[r.history.length - 1]);
    const totals = group.map((r) => r.history.reduce((s, h) => ({ e: s.e + h.circuitExecutions, n: s.n + h.shots }), { e: 0, n: 0 }));
    return {
      variant: group[0].variant,
      kind: group[0].kind,
      parameters: group[0].parameters,
      finalTrainLoss: meanStd(last.map((h) => h?.trainLoss ?? null)),
      finalTestLoss: meanStd(last.map((h) => h?.testLoss ?? null)),
      circuitExecutions: totals.reduce((s, t) => s + t.e, 0) / group.length,
      shots: totals.reduce((s, t) => s + t.n, 0) / group.length,
    };
  });
}

/**
 * The circuit executions a run has spent when its train loss first falls to `level` or below,
 * or `null` if it never does.
 */
export function executionsToReach(run: StudyRunResult, level: number): number | null {
  let spent = 0;
  for (const h of run.history) {
    spent += h.circuitExecutions;
    if (h.trainLoss !== null && h.trainLoss <= level) return spent;
  }
  return null;
}
