/**
 * The study chart's series as a pure function of the runs (docs/spec.md §8): runs are grouped
 * as the summary groups them (by kind and variant, in the order they come: the variants, then
 * the baselines), and each group is drawn as its mean over seeds with a band from the lowest
 * to the highest seed (W&B's min-max band, named in the legend). At epoch `e` the group's
 * point sits at the mean over its seeds of the x each seed had reached (the epoch, the
 * circuit executions or shots spent so far, or the wall time), so seeds that spent
 * different amounts (an L-BFGS line search) still share one line. A seed that stopped early
 * leaves the later epochs to the others. Shot-noisy losses can be smoothed by TensorBoard's
 * debiased exponential moving average (the same as W&B's), applied to the mean and to the
 * band's edges along the epochs, the unsmoothed mean kept for a faint line behind. d3-free,
 * so it is tested without a DOM.
 */

/** What the chart reads of one history entry (a `StudyEpoch`). */
export interface StudyChartEpoch {
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  circuitExecutions: number;
  shots: number;
  seconds: number;
}

/** What the chart reads of one run. */
export interface StudyChartRun {
  variant: string;
  kind: string;
  seed: number;
  history: readonly StudyChartEpoch[];
}

export type StudyChartAxis = 'epochs' | 'executions' | 'shots' | 'seconds';

/** One point of a group: mean x, and the mean, lowest and highest loss over its seeds (smoothed, when asked). */
export interface GroupPoint {
  x: number;
  mean: number;
  min: number;
  max: number;
  /** The mean before smoothing. */
  raw: number;
  /** Seeds with a loss at this epoch. */
  seeds: number;
}

/**
 * TensorBoard's smoothing: an exponential moving average with weight `weight` (0 is none,
 * 0.99 nearly flat), debiased so that the first values are not pulled towards zero.
 */
export function smooth(values: readonly number[], weight: number): number[] {
  if (!(weight > 0)) return [...values];
  let last = 0;
  let debias = 1;
  return values.map((v) => {
    last = last * weight + (1 - weight) * v;
    debias *= weight;
    return last / (1 - debias);
  });
}

/** A variant or baseline: its name, whether it runs circuits, its style index and its points. */
export interface StudyGroup {
  key: string;
  variant: string;
  kind: string;
  /** Index into the palette, the dash patterns and the marker shapes. */
  style: number;
  /** Seeds (runs) in the group. */
  runs: number;
  points: GroupPoint[];
  /** Why nothing of it is drawn on this axis; `null` when it is drawn. */
  absent: string | null;
  /** The same in a few words, for its legend entry: `not on this axis`, `no epochs run` or `no train loss`. */
  absentShort: string | null;
}

/** A group's legend note when the axis itself leaves it off (a cost it never spends). */
export const OFF_AXIS = 'not on this axis';

/** Whether x values on `axis` are drawn on a log scale: the hardware bill spans orders of magnitude. */
export const logAxis = (axis: StudyChartAxis) => axis === 'executions' || axis === 'shots';

/** The x of every epoch of `run` on `axis`: the cost axes are cumulative. */
export function xValues(run: StudyChartRun, axis: StudyChartAxis): number[] {
  let executions = 0;
  let shots = 0;
  return run.history.map((h) => {
    executions += h.circuitExecutions;
    shots += h.shots;
    switch (axis) {
      case 'epochs': return h.epoch;
      case 'executions': return executions;
      case 'shots': return shots;
      case 'seconds': return h.seconds;
    }
  });
}

/** Whether a loss `v` can be drawn (positive on a log scale). */
const drawable = (v: number | null | undefined, log: boolean): v is number => v != null && Number.isFinite(v) && (!log || v > 0);

/** The groups of `runs`, in the summary's order, each with its points on `axis`. */
export function studyGroups(runs: readonly StudyChartRun[], axis: StudyChartAxis, split: 'train' | 'test', logY: boolean, smoothing = 0): StudyGroup[] {
  const order: string[] = [];
  const members = new Map<string, StudyChartRun[]>();
  for (const run of runs) {
    const key = `${run.kind}\u0000${run.variant}`;
    if (!members.has(key)) { members.set(key, []); order.push(key); }
    (members.get(key) as StudyChartRun[]).push(run);
  }
  return order.map((key, style) => {
    const group = members.get(key) as StudyChartRun[];
    const xs = group.map((run) => xValues(run, axis));
    const length = Math.max(0, ...group.map((r) => r.history.length));
    const points: GroupPoint[] = [];
    for (let e = 0; e < length; e++) {
      const ys: number[] = [];
      const at: number[] = [];
      group.forEach((run, i) => {
        const h = run.history[e];
        const y = h ? (split === 'train' ? h.trainLoss : h.testLoss) : null;
        if (h && drawable(y, logY) && Number.isFinite(xs[i][e]) && (!logAxis(axis) || xs[i][e] > 0)) { ys.push(y); at.push(xs[i][e]); }
      });
      if (ys.length === 0) continue;
      const mean = ys.reduce((s, v) => s + v, 0) / ys.length;
      points.push({ x: at.reduce((s, v) => s + v, 0) / at.length, mean, min: Math.min(...ys), max: Math.max(...ys), raw: mean, seeds: ys.length });
    }
    if (smoothing > 0) {
      const [mean, min, max] = (['mean', 'min', 'max'] as const).map((k) => smooth(points.map((p) => p[k]), smoothing));
      points.forEach((p, i) => { p.mean = mean[i]; p.min = min[i]; p.max = max[i]; });
    }
    const circuits = group[0].kind === 'qrnn' || group[0].kind === 'qlstm';
    const spent = xs.some((x) => x.some((v) => v > 0));
    // Only a cost the group never spends keeps it off this axis; no epochs or no loss is the run's own state.
    const [absent, absentShort] = points.length > 0 ? [null, null]
      : !circuits && logAxis(axis) ? [`a classical baseline runs no circuits, so it has no ${axis === 'shots' ? 'shots' : 'circuit executions'} to plot against`, OFF_AXIS]
        : length === 0 ? ['no epochs run', 'no epochs run']
          : logAxis(axis) && !spent ? [axis === 'shots' ? 'exact expectations spend no shots' : 'it spent no circuit executions', OFF_AXIS]
            : [`no ${split} loss to plot`, `no ${split} loss`];
    return { key, variant: group[0].variant, kind: group[0].kind, style, runs: group.length, points, absent, absentShort };
  });
}
